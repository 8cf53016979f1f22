"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Dashboard" },
  { href: "/review", label: "Review" },
  { href: "/topics", label: "Topics" },
  { href: "/browse", label: "Browse" },
  { href: "/settings", label: "Settings" },
];

export function NavLinks() {
  const path = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1 text-sm">
        {LINKS.map(({ href, label }) => {
          const current = href === "/" ? path === "/" : path.startsWith(href);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`rounded px-3 py-1.5 underline-offset-4 hover:bg-zinc-100 dark:hover:bg-zinc-800 ${
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
