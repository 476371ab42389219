#!/usr/bin/env bash
# `npm run dev:worker [-- wrangler dev options]`: the app in the local Workers runtime, with a
# local D1 migrated from drizzle/ (the demo data loads on the first request, see wrangler.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false

persist=()
args=("$@")
for i in "${!args[@]}"; do
  if [ "${args[$i]}" = "--persist-to" ]; then persist=(--persist-to "${args[$((i + 1))]}"); fi
done

CI=true npx wrangler d1 migrations apply DB --local "${persist[@]}"
exec npx wrangler dev --ip 127.0.0.1 "$@"
