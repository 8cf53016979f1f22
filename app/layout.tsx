import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { NavLinks } from "@/components/ui/nav-links";
import { ScrollRegions } from "@/components/ui/scroll-regions";
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
      <body className="min-h-screen bg-surface text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded-control focus:bg-accent-fill focus:px-3 focus:py-2 focus:text-on-accent"
        >
          Skip to content
        </a>
        <header className="border-b border-line bg-surface-raised">
          <div className="mx-auto flex max-w-4xl flex-col gap-1 px-4 py-2 sm:flex-row sm:items-center sm:gap-6">
            <Link href="/" className="self-start rounded-control py-1 sm:self-center" aria-label="Quorum, dashboard">
              <Logo />
            </Link>
            <NavLinks />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
        <ScrollRegions />
      </body>
    </html>
  );
}
