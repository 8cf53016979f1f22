-- CreateTable
CREATE TABLE "RetentionDay" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "youngPass" INTEGER NOT NULL DEFAULT 0,
    "youngFail" INTEGER NOT NULL DEFAULT 0,
    "maturePass" INTEGER NOT NULL DEFAULT 0,
    "matureFail" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "FsrsParams" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "weights" TEXT NOT NULL,
    "logLoss" REAL NOT NULL,
    "rmse" REAL NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "fittedAt" DATETIME NOT NULL
);


-- RetentionDay follows ReviewLog: a review-state grade (state 2 before it) that is not undone counts
-- once, young when the interval it was shown at was under 21 days.
CREATE TRIGGER "ReviewLog_retention_insert" AFTER INSERT ON "ReviewLog"
WHEN NEW."state" = 2 AND NEW."undoneAt" IS NULL
BEGIN
  INSERT INTO "RetentionDay" ("day", "youngPass", "youngFail", "maturePass", "matureFail")
  VALUES (NEW."studyDay",
    NEW."scheduledDays" < 21 AND NEW."rating" > 1, NEW."scheduledDays" < 21 AND NEW."rating" = 1,
    NEW."scheduledDays" >= 21 AND NEW."rating" > 1, NEW."scheduledDays" >= 21 AND NEW."rating" = 1)
  ON CONFLICT ("day") DO UPDATE SET
    "youngPass" = "youngPass" + excluded."youngPass", "youngFail" = "youngFail" + excluded."youngFail",
    "maturePass" = "maturePass" + excluded."maturePass", "matureFail" = "matureFail" + excluded."matureFail";
END;

CREATE TRIGGER "ReviewLog_retention_undo" AFTER UPDATE OF "undoneAt" ON "ReviewLog"
WHEN NEW."state" = 2 AND (OLD."undoneAt" IS NULL) <> (NEW."undoneAt" IS NULL)
BEGIN
  INSERT INTO "RetentionDay" ("day") VALUES (NEW."studyDay") ON CONFLICT ("day") DO NOTHING;
  UPDATE "RetentionDay" SET
    "youngPass" = "youngPass" + (CASE WHEN NEW."undoneAt" IS NULL THEN 1 ELSE -1 END) * (NEW."scheduledDays" < 21 AND NEW."rating" > 1),
    "youngFail" = "youngFail" + (CASE WHEN NEW."undoneAt" IS NULL THEN 1 ELSE -1 END) * (NEW."scheduledDays" < 21 AND NEW."rating" = 1),
    "maturePass" = "maturePass" + (CASE WHEN NEW."undoneAt" IS NULL THEN 1 ELSE -1 END) * (NEW."scheduledDays" >= 21 AND NEW."rating" > 1),
    "matureFail" = "matureFail" + (CASE WHEN NEW."undoneAt" IS NULL THEN 1 ELSE -1 END) * (NEW."scheduledDays" >= 21 AND NEW."rating" = 1)
  WHERE "day" = NEW."studyDay";
END;

CREATE TRIGGER "ReviewLog_retention_delete" AFTER DELETE ON "ReviewLog"
WHEN OLD."state" = 2 AND OLD."undoneAt" IS NULL
BEGIN
  UPDATE "RetentionDay" SET
    "youngPass" = "youngPass" - (OLD."scheduledDays" < 21 AND OLD."rating" > 1),
    "youngFail" = "youngFail" - (OLD."scheduledDays" < 21 AND OLD."rating" = 1),
    "maturePass" = "maturePass" - (OLD."scheduledDays" >= 21 AND OLD."rating" > 1),
    "matureFail" = "matureFail" - (OLD."scheduledDays" >= 21 AND OLD."rating" = 1)
  WHERE "day" = OLD."studyDay";
END;

-- Reviews logged before this migration.
INSERT INTO "RetentionDay" ("day", "youngPass", "youngFail", "maturePass", "matureFail")
SELECT "studyDay",
  SUM("scheduledDays" < 21 AND "rating" > 1), SUM("scheduledDays" < 21 AND "rating" = 1),
  SUM("scheduledDays" >= 21 AND "rating" > 1), SUM("scheduledDays" >= 21 AND "rating" = 1)
FROM "ReviewLog" WHERE "state" = 2 AND "undoneAt" IS NULL GROUP BY "studyDay";
