/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  // The FSRS optimizer binding loads a native (or WASI) build at run time too.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
};

module.exports = nextConfig;
