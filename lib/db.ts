import "server-only";
import { createDb, databaseUrl, type Db } from "./db-client";

// One client per server process; dev hot reloads reuse it instead of opening another connection.
const cache = globalThis as unknown as { quorumDb?: Db };

export const db: Db = cache.quorumDb ?? createDb(databaseUrl());
if (process.env.NODE_ENV !== "production") cache.quorumDb = db;
