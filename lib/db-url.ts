import fs from "node:fs";
import path from "node:path";

/** The SQLite file: DATABASE_URL ("file:./data/quorum.db" style) or data/quorum.db. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL || "file:./data/quorum.db";
}

/** better-sqlite3 creates the file but not its folder. */
export function ensureDatabaseDir(url: string): void {
  const file = url.replace(/^file:/, "");
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}
