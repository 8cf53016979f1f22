import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../db-client";
import { closeSqliteFor, sqliteFor, type Sqlite } from "../sqlite-client";

/**
 * Scratch databases for tests and the bench, built from the committed migrations
 * (prisma/migrations/*\/migration.sql, applied in order), so tests run against the real schema.
 * Like the app, a scratch database has two handles on its file: Prisma (`db`: sync, settings,
 * browse, test setup) and the direct connection (`sqlite`: the review hot paths).
 */

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export function applyMigrations(file: string): void {
  const sqlite = new Database(file);
  try {
    sqlite.pragma("journal_mode = WAL");
    const dirs = fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    for (const dir of dirs) sqlite.exec(fs.readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8"));
  } finally {
    sqlite.close();
  }
}

export interface ScratchDb {
  db: Db;
  sqlite: Sqlite;
  file: string;
  close(): Promise<void>;
}

export function scratchDb(label: string): ScratchDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `quorum-${label}-`));
  const file = path.join(dir, "test.db");
  applyMigrations(file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    sqlite: sqliteFor(url),
    file,
    async close() {
      closeSqliteFor(url);
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
