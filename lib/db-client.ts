import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { ensureDatabaseDir } from "./db-url";

export type Db = PrismaClient;
export { databaseUrl } from "./db-url";

// Kept on globalThis like the cached clients, so a dev hot reload of this module still knows them.
const urls = ((globalThis as unknown as { quorumDbUrls?: WeakMap<Db, string> }).quorumDbUrls ??= new WeakMap());

/**
 * A Prisma client on one SQLite file, without the `server-only` guard, for scripts, the bench
 * and tests. The app uses the cached instance in lib/db.ts.
 * Dates are epoch milliseconds on disk (integers compare and index faster than ISO text).
 */
export function createDb(url: string): Db {
  ensureDatabaseDir(url);
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5000 }, { timestampFormat: "unixepoch-ms" });
  const db = new PrismaClient({ adapter });
  urls.set(db, url);
  return db;
}

/** The file a client made by createDb opened (lib/sqlite-client.ts opens its direct connection there). */
export const databaseUrlOf = (db: Db): string | undefined => urls.get(db);
