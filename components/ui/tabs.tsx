import Link from "next/link";

/**
 * Sections of one thing (a lesson's text, cards, checks, questions) as link tabs: each is a page
 * of its own, so the back button and links work; the current one is marked by aria-current, a
 * bar under it and bold text, never by colour alone.
 */
/** `short`: the label shown on a phone (the full one stays the accessible name). */
export type Tab = { href: string; label: string; short?: string; count?: number; current: boolean };

export function TabNav({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-line px-1">
        {tabs.map((t) => (
          <li key={t.href}>
            <Link
              href={t.href}
              aria-current={t.current ? "page" : undefined}
              className={`-mb-px flex items-center gap-1.5 border-b-2 px-2 py-2 sm:px-3 text-small pointer-coarse:min-h-target ${
                t.current ? "border-accent font-semibold text-ink" : "border-transparent text-muted hover:border-line-strong hover:text-ink"
              }`}
            >
              {t.short ? (
                <>
                  <span aria-hidden="true" className="sm:hidden">
                    {t.short}
                  </span>
                  <span className="max-sm:sr-only">{t.label}</span>
                </>
              ) : (
                t.label
              )}
              {t.count !== undefined ? <span className="rounded-full bg-surface-sunken px-1.5 text-caption tabular-nums text-muted">{t.count}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
