-- Additive only (other branches add migrations in parallel): prisma migrate diff proposes a
-- RedefineTables copy of Settings for this column, which would drop their columns, so the column
-- is added with ALTER TABLE instead (same type, nullability and default as the redefine would give).

-- AlterTable
ALTER TABLE "Settings" ADD COLUMN "newCardOrder" TEXT NOT NULL DEFAULT 'lesson';
