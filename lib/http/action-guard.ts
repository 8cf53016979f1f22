import "server-only";
import { headers } from "next/headers";
import { originRefusal } from "./guard";

/**
 * The guard of a server action: null when the request comes from this app, else a readable
 * refusal for the action to return as its state (never thrown, so never a 500). proxy.ts refuses
 * a foreign Origin before Next's own action check can answer 500; this is the second line.
 */
export async function actionRefusal(): Promise<string | null> {
  return originRefusal(await headers());
}

/** Largest value of one form field a server action accepts (bytes of UTF-8). */
export const MAX_FIELD_BYTES = 10_000;

/** Null when every string field of the form is within `max` bytes; else the first field's refusal. */
export function oversizedField(form: FormData, max = MAX_FIELD_BYTES): string | null {
  for (const [k, v] of form.entries()) {
    const size = typeof v === "string" ? new TextEncoder().encode(v).length : v.size;
    if (size > max) return `${k} is too long (over ${max} bytes), so nothing was saved.`;
  }
  return null;
}
