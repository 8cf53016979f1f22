import "server-only";
import { getCorpus } from "../content/load";
import { db } from "../db";
import { sqlite } from "../sqlite";
import type { ReviewDeps } from "./handlers";

/** What every review route passes to lib/srs/handlers: the app's Prisma client and direct connection, the clock, the corpus. */
export const reviewDeps = (): ReviewDeps => ({ db, sqlite: sqlite(), now: new Date(), corpus: () => getCorpus() });
