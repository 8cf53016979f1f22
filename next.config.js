/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  // The FSRS optimizer binding loads a native (or WASI) build at run time too.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  experimental: {
    // proxy.ts runs on every request, so Next buffers each request body for it, by default only
    // its first 10 MB: a larger backup reached /api/backup/restore cut short ("not valid JSON").
    // The restore route's own limit (256 MB, app/api/backup/restore/route.ts) is the one that counts;
    // every other state-changing route is refused far below this by its Content-Length (proxy.ts).
    proxyClientMaxBodySize: "256mb",
  },
  // The non-CSP security headers on every response, static files included (the CSP, with its
  // per-request nonce, is set by proxy.ts; see lib/http/headers.ts). Kept in step with
  // STATIC_SECURITY_HEADERS there.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
