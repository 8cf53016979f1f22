#!/usr/bin/env bash
# The e2e server: a fresh database, the fixture content, the production build.
set -euo pipefail
PORT="${1:-3100}"
export DATABASE_URL="file:./data/e2e.db"
export QUORUM_CONTENT_DIR="$PWD/e2e/fixtures/content"
rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm data/e2e.db-journal
npx prisma migrate deploy
npx tsx lib/content/sync-cli.ts
npx next build
exec npx next start -H 127.0.0.1 -p "$PORT"
