"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { saveSettings } from "@/lib/srs/settings";
import { settingsErrors, settingsSchema, type FieldErrors } from "@/lib/srs/settings-schema";

export interface SettingsFormState {
  status: "idle" | "saved" | "invalid";
  errors: FieldErrors;
  /** What the learner typed, so a refused form keeps their input. */
  values: Record<string, string>;
}

/** Parse with the shared schema -> write -> revalidate. Invalid input never reaches the database. */
export async function saveSettingsAction(_prev: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (!k.startsWith("$ACTION") && typeof v === "string") values[k] = v;
  values.fuzz = form.get("fuzz") === "on" ? "true" : "false";
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return { status: "invalid", errors: settingsErrors(parsed.error), values };
  await saveSettings(db, parsed.data, new Date());
  revalidatePath("/", "layout");
  return { status: "saved", errors: {}, values };
}
