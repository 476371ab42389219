#!/usr/bin/env bash
# Starts the service the way the README says (Node, then the local Workers runtime), walks a
# short conversation with curl, and stops it. Used by .ci/run; safe to run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

hop() { # url session text
  curl -sS --max-time 10 -d "sessionId=$2&serviceCode=*2222%23&phoneNumber=%2B254711000111&networkCode=63902&text=$3" "$1/ussd"
}

wait_for() { # url log
  for _ in $(seq 1 120); do
    if curl -s --max-time 2 "$1/healthz" | grep -q '"ok"'; then return 0; fi
    sleep 0.5
  done
  echo "the server at $1 did not come up; its log:" >&2
  cat "$2" >&2
  return 1
}

check() { # name url
  local first fee
  first=$(hop "$2" "smoke-$1" "")
  echo "$1 first hop: ${first//$'\n'/ | }"
  [[ "$first" == "CON Welcome to e-Citizen"*"1. Find a service"* ]] || { echo "unexpected first screen" >&2; return 1; }
  # Safaricom's screens carry at most 160 characters (after "CON ").
  (( ${#first} <= 164 )) || { echo "the first screen is longer than Safaricom's 160 characters" >&2; return 1; }
  fee=$(hop "$2" "smoke-$1" "2")
  [[ "$fee" == CON*"reference"* ]] || { echo "unexpected status prompt: $fee" >&2; return 1; }
  fee=$(hop "$2" "smoke-$1" "2*EC20418375")
  echo "$1 status: ${fee//$'\n'/ | }"
  [[ "$fee" == *"Under review"* ]] || { echo "unexpected status screen" >&2; return 1; }
}

set -m
# Production refuses to start without what it needs, naming it, and creates no database.
if NODE_ENV=production DATABASE_PATH="$work/prod.sqlite" npm start > "$work/prod.log" 2>&1; then
  echo "npm start in production started without CALLBACK_SECRET" >&2; exit 1
fi
grep -q '^CALLBACK_SECRET: required in production' "$work/prod.log" || { echo "the production refusal did not name CALLBACK_SECRET:" >&2; cat "$work/prod.log" >&2; exit 1; }
[ ! -e "$work/prod.sqlite" ] || { echo "a refused production start created a database" >&2; exit 1; }
echo "node production: refused, naming CALLBACK_SECRET"

PORT=3917 DATABASE_PATH="$work/start.sqlite" npm start > "$work/start.log" 2>&1 &
pid=$!
wait_for http://127.0.0.1:3917 "$work/start.log"
check start http://127.0.0.1:3917
[ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:3917/simulator)" = 404 ] || { echo "npm start served the simulator without SIMULATOR=on" >&2; exit 1; }
kill -- "-$pid"; wait "$pid" 2>/dev/null || true; pid=""

# npm run dev: the same with the simulator and the built-in SMS gateway.
PORT=3917 DATABASE_PATH="$work/smoke.sqlite" npm run dev > "$work/node.log" 2>&1 &
pid=$!
wait_for http://127.0.0.1:3917 "$work/node.log"
check node http://127.0.0.1:3917
# SMS without an Africa's Talking account: a command's reply reaches the built-in gateway and is delivered.
curl -sS --max-time 10 -d 'id=smoke-sms&from=%2B254711000111&to=22222&text=status%20EC20418375' http://127.0.0.1:3917/sms/inbound > /dev/null
for _ in $(seq 1 120); do
  inbox=$(curl -sS --max-time 5 -d 'phoneNumber=%2B254711000111' http://127.0.0.1:3917/__at/inbox)
  [[ "$inbox" == *'"delivery":"Success"'* ]] && break
  sleep 0.25
done
echo "node sms: ${inbox:0:160}"
[[ "$inbox" == *"EC20418375 (Certificate of Good Conduct): Under review"*'"delivery":"Success"'* ]] || { echo "the SMS reply did not reach the built-in gateway" >&2; exit 1; }
# The agency API as the docs page's "Getting started" runs it: a key, a service, an application
# and a status change, whose SMS reaches the built-in gateway.
key=$(DATABASE_PATH="$work/smoke.sqlite" npm run -s keys -- create KAA | tail -1)
api=http://127.0.0.1:3917/api/v1
curl -sS --max-time 10 -X PUT "$api/services/AIRPORT-PASS" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"name":{"en":"Airport Pass","sw":"Pasi ya Uwanja wa Ndege"},"description":{"en":"Pass for airside work.","sw":"Pasi ya kazi ndani ya uwanja."},"category":"aviation","feeKes":2000,"requirements":{"en":"National ID","sw":"Kitambulisho"},"processingTime":{"en":"5 working days","sw":"Siku 5 za kazi"}}' > /dev/null
created=$(curl -sS --max-time 10 -X POST "$api/applications" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: smoke-1' -d '{"serviceCode":"AIRPORT-PASS","applicantPhone":"0722000222","channel":"counter"}')
reference=$(node -pe 'JSON.parse(process.argv[1]).reference' "$created")
curl -sS --max-time 10 -X POST "$api/applications/$reference/events" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
  -d '{"status":"ready_for_collection","place":"JKIA Terminal 1A"}' > /dev/null
for _ in $(seq 1 120); do
  inbox=$(curl -sS --max-time 5 -d 'phoneNumber=%2B254722000222' http://127.0.0.1:3917/__at/inbox)
  [[ "$inbox" == *"Tayari kuchukuliwa"*'"delivery":"Success"'*'"delivery":"Success"'* ]] && break
  sleep 0.25
done
echo "node agency api: $reference, ${inbox:0:120}"
[[ "$inbox" == *"$reference (Pasi ya Uwanja wa Ndege): Tayari kuchukuliwa. Chukua JKIA Terminal 1A"* ]] || { echo "the status change SMS did not reach the built-in gateway: $inbox" >&2; exit 1; }

kill -- "-$pid"; wait "$pid" 2>/dev/null || true; pid=""

npm run dev:worker -- --port 8917 --persist-to "$work/wrangler" > "$work/worker.log" 2>&1 &
pid=$!
wait_for http://127.0.0.1:8917 "$work/worker.log"
check worker http://127.0.0.1:8917
echo "smoke: 6 passed, 0 failed"
