-- CreateTable
CREATE TABLE "QuizTest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "mode" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "lessons" TEXT NOT NULL,
    "length" INTEGER NOT NULL,
    "timeLimitSec" INTEGER,
    "seed" INTEGER NOT NULL,
    "retakeOf" TEXT
);

-- CreateTable
CREATE TABLE "QuizEntry" (
    "testId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "itemId" TEXT NOT NULL,
    "lesson" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "choiceOrder" TEXT NOT NULL,
    "answerId" TEXT,
    "response" TEXT,
    "correct" BOOLEAN,
    "score" REAL,
    "durationMs" INTEGER,
    "answeredAt" DATETIME,

    PRIMARY KEY ("testId", "position"),
    CONSTRAINT "QuizEntry_testId_fkey" FOREIGN KEY ("testId") REFERENCES "QuizTest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "QuizTest_createdAt_idx" ON "QuizTest"("createdAt");

