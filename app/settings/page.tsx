import type { Metadata } from "next";
import { connection } from "next/server";
import { DataPanel } from "@/components/settings/data-panel";
import { OptimizePanel } from "@/components/settings/optimize-panel";
import { DrillSettingsForm } from "@/components/drill/drill-settings-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { getDrillSettings } from "@/lib/drill/settings";
import { sqlite } from "@/lib/sqlite";
import { db } from "@/lib/db";
import { optimizeStatus } from "@/lib/optimize/job";
import { paramsInUse } from "@/lib/optimize/params";
import { getSettings } from "@/lib/srs/settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await connection();
  // The form edits the review settings; the fitted FSRS parameters have their own panel.
  const { weights, ...settings } = await getSettings(db);
  return (
    <div className="space-y-section">
      <h1 className="text-title">Settings</h1>
      <SettingsForm settings={settings} action={saveSettingsAction} />
      <DrillSettingsForm settings={await getDrillSettings(sqlite())} />
      <OptimizePanel initial={{ ...paramsInUse(sqlite()), ...(weights ? { weights: [...weights] } : {}) }} initialStatus={optimizeStatus()} />
      <DataPanel />
    </div>
  );
}
