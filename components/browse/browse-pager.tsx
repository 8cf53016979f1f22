import Link from "next/link";
import { browseHref, type BrowseFilter } from "@/lib/srs/browse-filter";
import { buttonClass } from "@/components/ui/button";

/** Previous / next and "page 2 of 16", as links that keep every filter. */
export function BrowsePager({ filter, page, pageCount }: { filter: BrowseFilter; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const link = buttonClass("secondary", "sm");
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-small">
      {page > 1 ? (
        <Link href={browseHref({ ...filter, page: page - 1 })} className={link} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="tabular-nums" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={browseHref({ ...filter, page: page + 1 })} className={link} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
