-- CreateIndex
CREATE INDEX "Card_retired_suspended_topic_state_stability_lastReview_idx" ON "Card"("retired", "suspended", "topic", "state", "stability", "lastReview");

