import type { Metadata } from "next";
import { connection } from "next/server";
import { DrillSettingsForm } from "@/components/drill/drill-settings-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { getDrillSettings } from "@/lib/drill/settings";
import { sqlite } from "@/lib/sqlite";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/srs/settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await connection();
  const settings = await getSettings(db);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsForm settings={settings} action={saveSettingsAction} />
      <DrillSettingsForm settings={await getDrillSettings(sqlite())} />
    </div>
  );
}
