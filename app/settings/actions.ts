"use server";

import { revalidatePath } from "next/cache";
import { actionRefusal, oversizedField } from "@/lib/http/action-guard";
import { db } from "@/lib/db";
import { saveSettings } from "@/lib/srs/settings";
import { settingsErrors, settingsSchema, type FieldErrors } from "@/lib/srs/settings-schema";

export interface SettingsFormState {
  status: "idle" | "saved" | "invalid" | "refused";
  /** Why a request was refused as a whole (another site's page, a field far too long). */
  message?: string;
  errors: FieldErrors;
  /** What the learner typed, so a refused form keeps their input. */
  values: Record<string, string>;
}

/** Parse with the shared schema -> write -> revalidate. Invalid input never reaches the database. */
export async function saveSettingsAction(prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  // Refusals are answered as state, never thrown (a throw would be a 500 and the error page).
  const refused = (await actionRefusal()) ?? oversizedField(form);
  if (refused) return { status: "refused", message: refused, errors: {}, values: prev.values };
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (!k.startsWith("$ACTION") && typeof v === "string") values[k] = v;
  values.fuzz = form.get("fuzz") === "on" ? "true" : "false";
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: settingsErrors(parsed.error), values };
  await saveSettings(db, parsed.data, new Date());
  revalidatePath("/", "layout");
  return { status: "saved", errors: {}, values };
}
