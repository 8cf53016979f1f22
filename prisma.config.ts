import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { databaseUrl, ensureDatabaseDir } from "./lib/db-url";

// Prisma 7's CLI needs the network; 6.19 with the JS schema engine and the better-sqlite3
// driver adapter runs fully offline. `migrate dev` does not work with it: new migrations are
// written with `prisma migrate diff` (see README.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = databaseUrl();
    ensureDatabaseDir(url);
    return new PrismaBetterSQLite3({ url }, { timestampFormat: "unixepoch-ms" });
  },
});
