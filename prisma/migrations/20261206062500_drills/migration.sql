-- CreateTable
CREATE TABLE "DrillSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "ladderIds" TEXT NOT NULL,
    "lengthMinutes" INTEGER,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DrillStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "ladderId" TEXT NOT NULL,
    "stepIndex" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "cardId" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "answerSeq" INTEGER NOT NULL DEFAULT 0,
    "answerAt" DATETIME,
    "shownAt" DATETIME NOT NULL,
    "revealedAt" DATETIME,
    "ticked" TEXT NOT NULL DEFAULT '[]',
    "rating" INTEGER,
    "gradeId" TEXT,
    "scheduled" BOOLEAN NOT NULL DEFAULT false,
    "gradedAt" DATETIME,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "limitMs" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "DrillStep_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DrillSession" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DrillSettings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "questionSeconds" INTEGER NOT NULL DEFAULT 180,
    "rungSeconds" INTEGER NOT NULL DEFAULT 120,
    "mixRungs" BOOLEAN NOT NULL DEFAULT false,
    "mockMinutes" INTEGER NOT NULL DEFAULT 45,
    "interviewDate" DATETIME,
    "raiseNewLimit" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "DrillSession_startedAt_idx" ON "DrillSession"("startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DrillStep_gradeId_key" ON "DrillStep"("gradeId");

-- CreateIndex
CREATE INDEX "DrillStep_sessionId_position_idx" ON "DrillStep"("sessionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "DrillStep_sessionId_ladderId_stepIndex_key" ON "DrillStep"("sessionId", "ladderId", "stepIndex");

-- CreateIndex
CREATE INDEX "Card_kind_retired_suspended_state_due_idx" ON "Card"("kind", "retired", "suspended", "state", "due");

