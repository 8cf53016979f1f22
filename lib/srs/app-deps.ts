import "server-only";
import { getCorpus } from "../content/load";
import { db } from "../db";
import type { ReviewDeps } from "./handlers";

/** What every review route passes to lib/srs/handlers: the app's client, the clock, the corpus. */
export const reviewDeps = (): ReviewDeps => ({ db, now: new Date(), corpus: () => getCorpus() });
