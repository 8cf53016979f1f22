import Database from "better-sqlite3";
import { databaseUrlOf, type Db } from "./db-client";
import { ensureDatabaseDir } from "./db-url";

/**
 * A direct better-sqlite3 connection for the review hot paths (queue head, grade, undo, bury,
 * suspend, dashboard), beside Prisma's own connection on the same file. Prisma costs a fixed
 * ~0.25 ms per call and re-prepares statements; these paths are sub-millisecond, so they run
 * cached prepared statements here instead (README "Performance"). Prisma keeps the schema,
 * migrations, content sync, settings and the browse/progress reads.
 *
 * Two connections on one file: a synchronous write here while a Prisma interactive transaction
 * holds the write lock would spin in busy_timeout on the event loop that Prisma needs to finish,
 * a stall. So busy_timeout is 0 and `retryBusy` waits with timers (the event loop stays free).
 */
export interface Sqlite {
  readonly conn: Database.Database;
  readonly url: string;
  /** How long retryBusy keeps trying before giving up with DatabaseBusyError. */
  readonly busyWaitMs: number;
  /** The statement for this SQL text, prepared once per connection. */
  stmt(sql: string): Database.Statement;
  close(): void;
}

export function createSqlite(url: string, opts: { busyWaitMs?: number } = {}): Sqlite {
  ensureDatabaseDir(url);
  // Opened with a busy timeout so the one-off journal-mode switch waits politely, then set to 0.
  const conn = new Database(url.replace(/^file:/, ""), { timeout: 5000 });
  conn.pragma("journal_mode = WAL");
  conn.pragma("foreign_keys = ON");
  conn.pragma("busy_timeout = 0");
  const cache = new Map<string, Database.Statement>();
  return {
    conn,
    url,
    busyWaitMs: opts.busyWaitMs ?? 5000,
    stmt(sql) {
      let s = cache.get(sql);
      if (!s) cache.set(sql, (s = conn.prepare(sql)));
      return s;
    },
    close() {
      cache.clear();
      if (conn.open) conn.close();
    },
  };
}

/** The database stayed locked by another connection for the whole wait; nothing was written. */
export class DatabaseBusyError extends Error {
  constructor(waitedMs: number) {
    super(`The database stayed busy for ${waitedMs} ms (another write, e.g. a content sync, was running). Nothing was recorded; try again.`);
    this.name = "DatabaseBusyError";
  }
}

export const isBusy = (e: unknown) => e instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(e.code);

const BACKOFF_MS = [1, 2, 5, 10, 20, 50];

/**
 * Runs `fn` (synchronous: a statement or a whole `db.transaction`) now; on SQLITE_BUSY waits on a
 * timer and runs it again, up to `sqlite.busyWaitMs` in all, then throws DatabaseBusyError (503).
 * A busy failure happens before anything is written (BEGIN IMMEDIATE or the statement itself),
 * so retrying never doubles a write.
 */
export async function retryBusy<T>(sqlite: Sqlite, fn: () => T): Promise<T> {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      if (!isBusy(e)) throw e;
      if (waited >= sqlite.busyWaitMs) throw new DatabaseBusyError(waited);
      const ms = Math.min(BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)], sqlite.busyWaitMs - waited);
      await new Promise((r) => setTimeout(r, ms));
      waited += ms;
    }
  }
}

// One connection per file per process; dev hot reloads reuse it instead of opening another.
const open = ((globalThis as unknown as { quorumSqlite?: Map<string, Sqlite> }).quorumSqlite ??= new Map());

/** The process's shared connection on this file (opened on first use). */
export function sqliteFor(url: string): Sqlite {
  let s = open.get(url);
  if (!s || !s.conn.open) open.set(url, (s = createSqlite(url)));
  return s;
}

export function closeSqliteFor(url: string): void {
  open.get(url)?.close();
  open.delete(url);
}

/**
 * The hot-path functions take the sqlite handle; a Prisma client made by createDb is also
 * accepted and resolved to the shared connection on its file, so callers that only hold `db`
 * (the dashboard and review pages) keep working unchanged.
 */
export type SqliteSource = Sqlite | Db;

export function asSqlite(src: SqliteSource): Sqlite {
  if ("stmt" in src) return src;
  const url = databaseUrlOf(src);
  if (!url) throw new Error("This Prisma client was not made by createDb, so its database file is unknown.");
  return sqliteFor(url);
}
