import { connection } from "next/server";
import { handleNext } from "@/lib/srs/handlers";
import { reviewDeps } from "@/lib/srs/app-deps";

/** GET -> { next }: the head of the review queue. */
export async function GET() {
  await connection();
  return handleNext(reviewDeps());
}
