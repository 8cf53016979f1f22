"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Dashboard" },
  { href: "/review", label: "Review" },
  { href: "/drill", label: "Drill" },
  { href: "/quiz", label: "Quiz" },
  { href: "/topics", label: "Topics" },
  { href: "/sim", label: "Simulators" },
  { href: "/browse", label: "Browse" },
  { href: "/stats", label: "Stats" },
  { href: "/settings", label: "Settings" },
];

export function NavLinks() {
  const path = usePathname();
  return (
    // On a phone the links span the screen under the name (evenly spaced); when there are more than
    // fit in one row (as sections are added), they wrap to a second row rather than hide off-screen.
    <nav aria-label="Main" className="-mx-2 min-w-0 sm:mx-0">
      <ul className="flex flex-wrap gap-0 text-small whitespace-nowrap max-sm:justify-between sm:gap-1">
        {LINKS.map(({ href, label }) => {
          const current = href === "/" ? path === "/" : path.startsWith(href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-control px-1.5 py-1.5 underline-offset-[6px] decoration-2 sm:px-3 hover:bg-surface-sunken pointer-coarse:py-3 ${
                  current ? "font-semibold text-ink underline decoration-accent" : "text-muted hover:text-ink"
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
