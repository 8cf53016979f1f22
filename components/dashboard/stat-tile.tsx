export function StatTile({ label, value, testId, children }: { label: string; value: number; testId: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-panel border border-line bg-surface-raised p-panel">
      <dt className="text-small font-medium text-muted">{label}</dt>
      <dd className="mt-1 text-display tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {children ? <dd className="mt-1 text-caption text-muted">{children}</dd> : null}
    </div>
  );
}
