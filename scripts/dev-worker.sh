#!/usr/bin/env bash
# `npm run dev:worker [-- wrangler dev options]`: the app in the local Workers runtime, with a
# local D1 migrated from drizzle/ (the demo data loads on the first request, see wrangler.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false

persist=()
# Listens on 127.0.0.1 unless asked otherwise (`-- --ip 0.0.0.0` to try it from a phone on the
# same network): wrangler takes --ip once, so the default is given only when no --ip is.
ip=(--ip 127.0.0.1)
args=("$@")
for i in "${!args[@]}"; do
  case "${args[$i]}" in
    --persist-to) persist=(--persist-to "${args[$((i + 1))]}") ;;
    --persist-to=*) persist=("${args[$i]}") ;;
    --ip | --ip=*) ip=() ;;
  esac
done

CI=true npx wrangler d1 migrations apply DB --local "${persist[@]}"
exec npx wrangler dev "${ip[@]}" "$@"
