/**
 * The Quorum mark: three majorities of a five-node cluster drawn as three overlapping rings, with the
 * node every pair of them shares at the centre (any two quorums intersect). Drawn in currentColor,
 * so it takes the accent token (or any text colour) it is placed in; app/icon.svg is the same mark.
 */
export function LogoMark({ className = "size-7", title }: { className?: string; title?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} role={title ? "img" : undefined} aria-hidden={title ? undefined : true} aria-label={title}>
      <g fill="none" stroke="currentColor" strokeWidth="2.25">
        <circle cx="12" cy="12.5" r="7.5" />
        <circle cx="20" cy="12.5" r="7.5" />
        <circle cx="16" cy="19.5" r="7.5" />
      </g>
      <circle cx="16" cy="15" r="2.5" fill="currentColor" />
    </svg>
  );
}

/** The mark and the name, as the header shows them. */
export function Logo() {
  return (
    <span className="inline-flex items-center gap-2">
      <LogoMark className="size-7 text-accent" />
      <span className="text-subheading font-semibold tracking-tight text-ink">Quorum</span>
    </span>
  );
}
