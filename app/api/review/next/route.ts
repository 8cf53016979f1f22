import { connection } from "next/server";
import { handleNext } from "@/lib/srs/handlers";
import { reviewDeps } from "@/lib/srs/app-deps";

/** GET [?lesson=<lesson id>] -> { next }: the head of the review queue (of that lesson only). */
export async function GET(req: Request) {
  await connection();
  return handleNext(req, reviewDeps());
}
