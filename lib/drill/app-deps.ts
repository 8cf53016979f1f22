import "server-only";
import { getCorpus } from "../content/load";
import { db } from "../db";
import { sqlite } from "../sqlite";
import type { DrillDeps } from "./handlers";

/** What every drill route passes to lib/drill/handlers: the app's handles, the clock, the corpus. */
export const drillDeps = (): DrillDeps => ({ db, sqlite: sqlite(), now: new Date(), corpus: () => getCorpus() });
