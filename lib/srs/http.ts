import type { z } from "zod";
import { DatabaseBusyError } from "../sqlite-client";
import { ReviewError } from "./errors";
import { isJsonMediaType, NOT_JSON, originRefusal } from "../http/guard";

/** Request parsing and error mapping for the review route handlers: bad input is a 4xx, never a 500. */

const MAX_BODY = 10_000;

/** The shared guard (lib/http/guard.ts) first: a foreign Origin is a 403, a body not typed exactly application/json a 415. */
export async function parseJson<T>(req: Request, schema: z.ZodType<T>): Promise<T> {
  const foreign = originRefusal(req.headers);
  if (foreign) throw new ReviewError(403, foreign);
  if (!isJsonMediaType(req.headers.get("content-type"))) throw new ReviewError(415, NOT_JSON);
  const text = await req.text();
  if (text.length > MAX_BODY) throw new ReviewError(413, "The request body is too large.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ReviewError(400, "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
    throw new ReviewError(400, msg);
  }
  return parsed.data;
}

export function errorResponse(e: unknown): Response {
  if (e instanceof ReviewError) return Response.json({ error: e.message }, { status: e.status });
  // Another connection held the write lock past the retry budget: nothing was written, retry later.
  if (e instanceof DatabaseBusyError) return Response.json({ error: e.message }, { status: 503, headers: { "retry-after": "1" } });
  console.error(e);
  return Response.json({ error: "Something went wrong on the server. Nothing was recorded; try again." }, { status: 500 });
}
