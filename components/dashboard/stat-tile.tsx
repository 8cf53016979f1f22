export function StatTile({ label, value, testId, children }: { label: string; value: number; testId: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-3xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {children ? <dd className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{children}</dd> : null}
    </div>
  );
}
