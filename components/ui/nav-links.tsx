"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Dashboard" },
  { href: "/review", label: "Review" },
  { href: "/drill", label: "Drill" },
  { href: "/topics", label: "Topics" },
  { href: "/browse", label: "Browse" },
  { href: "/settings", label: "Settings" },
];

export function NavLinks() {
  const path = usePathname();
  return (
    // One row at every width (six links fit 375 px with px-1): on a phone it spans the screen under the name (evenly spaced) and
    // scrolls sideways rather than wrap if a larger font ever makes it too wide.
    <nav aria-label="Main" className="-mx-2 min-w-0 overflow-x-auto sm:mx-0">
      <ul className="flex gap-0 text-sm whitespace-nowrap max-sm:justify-between sm:gap-1">
        {LINKS.map(({ href, label }) => {
          const current = href === "/" ? path === "/" : path.startsWith(href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block rounded px-1 py-1.5 underline-offset-4 sm:px-3 hover:bg-zinc-100 dark:hover:bg-zinc-800 ${
                  current ? "font-semibold underline" : "text-zinc-600 dark:text-zinc-400"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
