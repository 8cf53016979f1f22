/**
 * A bordered box: `raised` (surface-raised, for groups of controls and tiles), `plain` (a list
 * item on the page's surface) or `dashed` (an empty state or a placeholder).
 */
export type PanelTone = "raised" | "plain" | "dashed";

const TONES: Record<PanelTone, string> = {
  raised: "border border-line bg-surface-raised",
  plain: "border border-line bg-surface",
  dashed: "border-2 border-dashed border-line-strong",
};

type Props = { tone?: PanelTone; className?: string; children: React.ReactNode } & Omit<React.HTMLAttributes<HTMLElement>, "className" | "children">;

export function panelClass(tone: PanelTone = "raised", extra = ""): string {
  return `rounded-panel p-panel ${TONES[tone]} ${extra}`.trim();
}

export function Panel({ tone = "raised", className = "", children, ...rest }: Props) {
  return (
    <div className={panelClass(tone, className)} {...rest}>
      {children}
    </div>
  );
}
