import type { SessionRow, StepRow } from "@/lib/drill/store";

/** Calls to app/api/drill/*: JSON in, JSON out; a refusal comes back as a readable message. */
export type DrillResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

export async function drillApi<T>(path: "start" | "step" | "answer" | "reveal" | "grade" | "skip" | "finish", body: Record<string, unknown>, keepalive = false): Promise<DrillResult<T>> {
  try {
    const res = await fetch(`/api/drill/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
      keepalive,
    });
    const data = (await res.json().catch(() => ({}))) as T & { error?: string };
    if (res.ok) return { ok: true, data };
    return { ok: false, status: res.status, message: data.error ?? `The server answered ${res.status}.` };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the Quorum server. Your typed answer is kept on this page; try again." };
  }
}

export type GradeAnswer = { step: StepRow; unlocked: string | null; next: StepRow | null };
export type StartAnswer = { session: SessionRow };
