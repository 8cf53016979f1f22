import "server-only";
import { databaseUrl } from "./db-url";
import { sqliteFor, type Sqlite } from "./sqlite-client";

/**
 * The app's direct better-sqlite3 connection for the review hot paths, on the same DATABASE_URL
 * file as lib/db.ts. Opened on first use (not at import, so `next build` opens no database) and
 * cached per process; see lib/sqlite-client.ts.
 */
export const sqlite = (): Sqlite => sqliteFor(databaseUrl());
