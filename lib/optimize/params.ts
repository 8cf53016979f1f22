import { default_w } from "ts-fsrs";
import { asSqlite, type SqliteSource } from "../sqlite-client";

/** The FSRS parameters in use: fitted ones (Settings -> Optimize) if kept, else ts-fsrs defaults. */
export interface ParamsInUse {
  weights: number[];
  fitted: { logLoss: number; rmse: number; reviewCount: number; fittedAt: string } | null;
}

export function paramsInUse(src: SqliteSource): ParamsInUse {
  const sq = asSqlite(src);
  const row = sq.stmt("SELECT weights, logLoss, rmse, reviewCount, fittedAt FROM FsrsParams WHERE id = 1").get() as
    | { weights: string; logLoss: number; rmse: number; reviewCount: number; fittedAt: number }
    | undefined;
  if (!row) return { weights: [...default_w], fitted: null };
  return {
    weights: JSON.parse(row.weights) as number[],
    fitted: { logLoss: row.logLoss, rmse: row.rmse, reviewCount: row.reviewCount, fittedAt: new Date(row.fittedAt).toISOString() },
  };
}
