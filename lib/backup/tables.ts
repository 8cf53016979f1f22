import type Database from "better-sqlite3";

/**
 * What a backup holds is read from the database itself, not listed by hand: every table except
 * SQLite's and Prisma's bookkeeping and the tables derived from others (rebuilt by triggers when
 * the rows they derive from are restored). A table added by a later migration (drills, quizzes…)
 * is therefore in the backup the day it exists; backup.test.ts checks every table round-trips.
 */
export const DERIVED_TABLES = new Set(["RetentionDay"]);

export interface Column {
  name: string;
  type: "INTEGER" | "REAL" | "TEXT" | "DATETIME" | "BOOLEAN" | "BLOB" | string;
  notNull: boolean;
  hasDefault: boolean;
  pk: boolean;
}

export interface TableInfo {
  name: string;
  columns: Column[];
  /** Primary-key column names, in key order. */
  key: string[];
  /** Tables this one references (restored first). */
  references: string[];
}

export function backupTables(conn: Database.Database): TableInfo[] {
  const names = (conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_prisma%' ESCAPE '\\' ORDER BY name`).all() as { name: string }[])
    .map((r) => r.name)
    .filter((n) => !DERIVED_TABLES.has(n));
  const infos = names.map((name): TableInfo => {
    const cols = conn.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[];
    const fks = conn.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string }[];
    return {
      name,
      columns: cols.map((c) => ({ name: c.name, type: c.type.toUpperCase(), notNull: c.notnull === 1, hasDefault: c.dflt_value !== null, pk: c.pk > 0 })),
      key: cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      references: [...new Set(fks.map((f) => f.table))].filter((t) => t !== name),
    };
  });
  return topological(infos);
}

/** Referenced tables before the tables that reference them (Card before ReviewLog). */
function topological(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: TableInfo[] = [];
  const seen = new Set<string>();
  const visit = (t: TableInfo) => {
    if (seen.has(t.name)) return;
    seen.add(t.name);
    for (const r of t.references) {
      const dep = byName.get(r);
      if (dep) visit(dep);
    }
    out.push(t);
  };
  tables.forEach(visit);
  return out;
}
