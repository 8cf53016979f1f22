import type { Metadata } from "next";
import { connection } from "next/server";
import { SettingsForm } from "@/components/settings/settings-form";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/srs/settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await connection();
  const settings = await getSettings(db);
  return (
    <div className="space-y-section">
      <h1 className="text-title">Settings</h1>
      <SettingsForm settings={settings} action={saveSettingsAction} />
    </div>
  );
}
