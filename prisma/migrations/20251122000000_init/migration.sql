-- CreateTable
CREATE TABLE "Card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'card',
    "topic" TEXT NOT NULL,
    "lessonOrder" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retired" BOOLEAN NOT NULL DEFAULT false,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" DATETIME,
    "leech" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "lastElapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "review" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "prevDue" DATETIME NOT NULL,
    "nextDue" DATETIME NOT NULL,
    "nextState" INTEGER NOT NULL,
    "cardVersion" INTEGER NOT NULL,
    "studyDay" TEXT NOT NULL,
    "undoneAt" DATETIME,
    CONSTRAINT "ReviewLog_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "newCards" INTEGER NOT NULL DEFAULT 0,
    "reviewed" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Settings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "desiredRetention" REAL NOT NULL,
    "newPerDay" INTEGER NOT NULL,
    "reviewsPerDay" INTEGER NOT NULL,
    "learningSteps" TEXT NOT NULL,
    "relearningSteps" TEXT NOT NULL,
    "maximumInterval" INTEGER NOT NULL,
    "dayStartHour" INTEGER NOT NULL,
    "fuzz" BOOLEAN NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Card_retired_suspended_state_due_idx" ON "Card"("retired", "suspended", "state", "due");

-- CreateIndex
CREATE INDEX "Card_retired_suspended_state_lessonOrder_position_idx" ON "Card"("retired", "suspended", "state", "lessonOrder", "position");

-- CreateIndex
CREATE INDEX "Card_buriedUntil_idx" ON "Card"("buriedUntil");

-- CreateIndex
CREATE INDEX "ReviewLog_cardId_review_idx" ON "ReviewLog"("cardId", "review");

-- CreateIndex
CREATE INDEX "ReviewLog_review_idx" ON "ReviewLog"("review");

