import Link from "next/link";

/** A page's title block: an optional trail of links back up, the h1, an optional lead line, then anything else. */
export function PageHeader(props: { title: React.ReactNode; lead?: React.ReactNode; trail?: { href: string; label: string }[]; here?: string; children?: React.ReactNode }) {
  const { title, lead, trail, here, children } = props;
  return (
    <header className="space-y-2">
      {trail?.length ? (
        <nav aria-label="Breadcrumb" className="text-small text-muted">
          <ol className="flex flex-wrap items-center gap-1">
            {trail.map((t) => (
              <li key={t.href} className="after:ml-1 after:content-['/']">
                <Link href={t.href} className="text-accent underline underline-offset-2">
                  {t.label}
                </Link>
              </li>
            ))}
            {here ? <li aria-current="page">{here}</li> : null}
          </ol>
        </nav>
      ) : null}
      <h1 className="text-title">{title}</h1>
      {lead ? <p className="text-muted">{lead}</p> : null}
      {children}
    </header>
  );
}
