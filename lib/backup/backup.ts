import { z } from "zod";
import { asSqlite, type SqliteSource } from "../sqlite-client";
import { backupTables, type TableInfo } from "./tables";

/**
 * Backup and restore: one versioned JSON file with everything the learner made (scheduling state,
 * review logs, study days, settings, fitted parameters, and any drill or quiz history), read from
 * and written to the database table by table (lib/backup/tables.ts decides which tables).
 *
 * Restore never writes a half: the whole file is validated first (zod, built from the live schema),
 * then a plan says what would change, then one transaction applies the plan. Rows merge by primary
 * key, so restoring the same file twice, or into the install it came from, doubles nothing.
 */

export const BACKUP_FORMAT = "quorum-backup";
export const BACKUP_VERSION = 1;

export type Row = Record<string, string | number | null>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  tables: Record<string, Row[]>;
}

export function createBackup(src: SqliteSource, now: Date): Backup {
  const sq = asSqlite(src);
  const tables: Record<string, Row[]> = {};
  // One read transaction: a consistent snapshot even while reviews are being written.
  sq.conn.transaction(() => {
    for (const t of backupTables(sq.conn)) tables[t.name] = sq.conn.prepare(`SELECT * FROM "${t.name}" ORDER BY ${t.key.map((k) => `"${k}"`).join(", ")}`).all() as Row[];
  })();
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), tables };
}

// ---------------------------------------------------------------------------------------------
// Validation

function columnSchema(type: string): z.ZodType<string | number> {
  if (type === "REAL") return z.number().finite();
  if (type === "TEXT") return z.string();
  // INTEGER, BOOLEAN (0/1) and DATETIME (epoch milliseconds) are all whole numbers here.
  return z.number().int();
}

function rowSchema(t: TableInfo) {
  const shape: Record<string, z.ZodType> = {};
  for (const c of t.columns) {
    let s: z.ZodType = columnSchema(c.type);
    if (!c.notNull) s = s.nullable();
    // A backup from before a column existed may leave it out when the database can fill it in.
    if ((c.hasDefault || !c.notNull) && !c.pk) s = s.optional();
    shape[c.name] = s;
  }
  return z.strictObject(shape);
}

export type Validation = { ok: true; backup: Backup } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 20;

/** Validates a parsed backup file against this install's schema; problems are readable sentences. */
export function validateBackup(src: SqliteSource, input: unknown): Validation {
  const sq = asSqlite(src);
  const head = z
    .object({ format: z.string(), version: z.number().int(), createdAt: z.string(), tables: z.record(z.string(), z.array(z.unknown())) })
    .safeParse(input);
  if (!head.success) {
    const format = typeof input === "object" && input !== null ? (input as { format?: unknown }).format : undefined;
    if (format !== BACKUP_FORMAT) return { ok: false, problems: ["This file is not a Quorum backup (it has no \"format\": \"quorum-backup\")."] };
    return { ok: false, problems: head.error.issues.slice(0, MAX_PROBLEMS).map((i) => `${i.path.join(".") || "file"}: ${i.message}`) };
  }
  const h = head.data;
  if (h.format !== BACKUP_FORMAT) return { ok: false, problems: [`This file is not a Quorum backup (format "${h.format}").`] };
  if (h.version > BACKUP_VERSION) return { ok: false, problems: [`This backup is version ${h.version}, newer than this Quorum reads (${BACKUP_VERSION}). Update Quorum first.`] };
  if (h.version < 1) return { ok: false, problems: [`Unknown backup version ${h.version}.`] };
  const tables = new Map(backupTables(sq.conn).map((t) => [t.name, t]));
  const problems: string[] = [];
  let more = 0;
  const add = (p: string) => (problems.length < MAX_PROBLEMS ? problems.push(p) : more++);
  for (const [name, rows] of Object.entries(h.tables)) {
    const t = tables.get(name);
    if (!t) {
      add(`tables.${name}: this Quorum has no such table, so the file is from another app or a newer version.`);
      continue;
    }
    const schema = rowSchema(t);
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      const r = schema.safeParse(row);
      if (!r.success) {
        for (const issue of r.error.issues) add(`tables.${name}[${i}]${issue.path.length ? "." + issue.path.join(".") : ""}: ${issue.message}`);
        return;
      }
      const key = JSON.stringify(t.key.map((k) => (r.data as Row)[k]));
      if (keys.has(key)) add(`tables.${name}[${i}]: the same ${t.key.join(", ")} appears twice in the file.`);
      keys.add(key);
    });
  }
  if (problems.length) return { ok: false, problems: more ? [...problems, `…and ${more} more problems.`] : problems };
  return { ok: true, backup: h as Backup };
}

// ---------------------------------------------------------------------------------------------
// Merge plan

type Decision = "add" | "update" | "same" | "keep";
type Policy = (current: Row, incoming: Row) => "update" | "keep";

/** Card columns that come from the content files, not from studying: the install's own stay. */
const CARD_CONTENT_COLUMNS = new Set(["kind", "topic", "lessonOrder", "position", "file", "line", "contentHash", "retired", "createdAt"]);

const newerBy =
  (col: string): Policy =>
  (cur, inc) =>
    Number(inc[col] ?? 0) > Number(cur[col] ?? 0) ? "update" : "keep";

/**
 * How a row that exists on both sides merges. A card takes the backup's schedule when the backup's
 * copy has seen more changes (a higher version): restoring into a fresh install, or after losing
 * work, brings the schedule back, and an older backup cannot roll back newer reviews. Review logs
 * are immutable, so an existing one is kept. Others: the one with the higher version, else the newer
 * by their timestamp, else (append-only history such as quiz answers) the existing one.
 */
const POLICIES: Record<string, Policy> = {
  Card: newerBy("version"),
  ReviewLog: () => "keep",
  StudyDay: newerBy("reviews"),
  Settings: newerBy("updatedAt"),
  FsrsParams: newerBy("fittedAt"),
};

function policyFor(t: TableInfo): Policy {
  if (POLICIES[t.name]) return POLICIES[t.name];
  // A row that counts its own changes (a drill step) takes the copy that has seen more of them.
  if (t.columns.some((c) => c.name === "version")) return newerBy("version");
  if (t.columns.some((c) => c.name === "updatedAt")) return newerBy("updatedAt");
  return () => "keep"; // append-only history: add what is missing
}

export interface RestorePlan {
  tables: { name: string; add: number; update: number; same: number; keep: number }[];
  changes: number;
}

function sameRow(t: TableInfo, cur: Row, inc: Row, cols: string[]): boolean {
  return cols.every((c) => (inc[c] === undefined ? true : String(inc[c]) === String(cur[c])));
}

function decide(sq: ReturnType<typeof asSqlite>, t: TableInfo, rows: Row[], onRow?: (d: Decision, row: Row, cols: string[]) => void) {
  const where = t.key.map((k) => `"${k}" = ?`).join(" AND ");
  const find = sq.conn.prepare(`SELECT * FROM "${t.name}" WHERE ${where}`);
  const policy = policyFor(t);
  const writable = t.columns.map((c) => c.name).filter((c) => !(t.name === "Card" && CARD_CONTENT_COLUMNS.has(c)));
  const counts = { name: t.name, add: 0, update: 0, same: 0, keep: 0 };
  for (const row of rows) {
    const cur = find.get(...t.key.map((k) => row[k])) as Row | undefined;
    let d: Decision;
    if (!cur) d = "add";
    else if (sameRow(t, cur, row, writable)) d = "same";
    else d = policy(cur, row);
    counts[d]++;
    onRow?.(d, row, d === "add" ? t.columns.map((c) => c.name) : writable);
  }
  return counts;
}

/** What restoring `backup` would do, table by table, without writing anything. */
export function planRestore(src: SqliteSource, backup: Backup): RestorePlan {
  const sq = asSqlite(src);
  const tables = backupTables(sq.conn).filter((t) => backup.tables[t.name]);
  const result = sq.conn.transaction(() => tables.map((t) => decide(sq, t, backup.tables[t.name])))();
  return { tables: result, changes: result.reduce((a, t) => a + t.add + t.update, 0) };
}

/** Applies the plan in ONE transaction (BEGIN IMMEDIATE): all of it or, on any error, none of it. */
export function applyRestore(src: SqliteSource, backup: Backup): RestorePlan {
  const sq = asSqlite(src);
  const tables = backupTables(sq.conn).filter((t) => backup.tables[t.name]);
  const run = sq.conn.transaction(() =>
    tables.map((t) => {
      const where = t.key.map((k) => `"${k}" = @${k}`).join(" AND ");
      const inserts = new Map<string, ReturnType<typeof sq.conn.prepare>>();
      const updates = new Map<string, ReturnType<typeof sq.conn.prepare>>();
      return decide(sq, t, backup.tables[t.name], (d, row, cols) => {
        if (d !== "add" && d !== "update") return;
        const present = cols.filter((c) => row[c] !== undefined);
        const sig = present.join(",");
        if (d === "add") {
          let st = inserts.get(sig);
          if (!st) inserts.set(sig, (st = sq.conn.prepare(`INSERT INTO "${t.name}" (${present.map((c) => `"${c}"`).join(", ")}) VALUES (${present.map((c) => `@${c}`).join(", ")})`)));
          st.run(pick(row, present));
        } else {
          const set = present.filter((c) => !t.key.includes(c));
          let st = updates.get(sig);
          if (!st) updates.set(sig, (st = sq.conn.prepare(`UPDATE "${t.name}" SET ${set.map((c) => `"${c}" = @${c}`).join(", ")} WHERE ${where}`)));
          st.run(pick(row, [...new Set([...present, ...t.key])]));
        }
      });
    }),
  );
  const result = run.immediate();
  return { tables: result, changes: result.reduce((a, t) => a + t.add + t.update, 0) };
}

function pick(row: Row, cols: string[]): Row {
  const out: Row = {};
  for (const c of cols) out[c] = row[c] ?? null;
  return out;
}
