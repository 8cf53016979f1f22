import type { Metadata } from "next";
import Link from "next/link";
import { NavLinks } from "@/components/ui/nav-links";
import "./globals.css";

// Every page is rendered per request so proxy.ts's CSP nonce reaches Next's inline scripts
// (a page prerendered at build time has no nonce, and its scripts would be blocked).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Quorum", template: "%s · Quorum" },
  description: "Study consistency and consensus: spaced review, drills, self-tests and protocol simulators.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-zinc-900 focus:px-3 focus:py-2 focus:text-white">
          Skip to content
        </a>
        <header className="border-b border-zinc-200 dark:border-zinc-800">
          <div className="mx-auto flex max-w-4xl flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:gap-6">
            <Link href="/" className="font-semibold tracking-tight">
              Quorum
            </Link>
            <NavLinks />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
