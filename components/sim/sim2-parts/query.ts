// Next's searchParams object back to a query string, for simulators that read their state
// from the URL (server pages pass it in so the first render already shows the shared run).
export type SearchParams = Record<string, string | string[] | undefined>;

export function toQuery(params: SearchParams): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string") p.set(k, v);
    else if (Array.isArray(v) && v.length) p.set(k, v[0]);
  }
  return p.toString();
}

/** A preset name from the URL, if it is one of `names`. */
export function presetParam<T extends string>(params: SearchParams, names: readonly T[], fallback: T): T {
  const v = params.preset;
  return typeof v === "string" && (names as readonly string[]).includes(v) ? (v as T) : fallback;
}
