#!/usr/bin/env bash
# Starts the service the way the README says (Node, then the local Workers runtime), walks a
# short conversation with curl, and stops it; then the same from a production install (runtime
# dependencies only) and the operator's path to going live. Used by .ci/run; safe to run by hand.
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
  # The main menu is one screen within Safaricom's 160 characters (after "CON "): the language switch on the first.
  [[ "$first" == "CON Welcome to e-Citizen"*"1. Find a service"*"6. Lugha/Language, SMS"*"7. Help" ]] || { echo "unexpected first screen" >&2; return 1; }
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
  [[ "$inbox" == *"Liko tayari kuchukuliwa"*'"delivery":"Success"'*'"delivery":"Success"'* ]] && break
  sleep 0.25
done
echo "node agency api: $reference, ${inbox:0:120}"
[[ "$inbox" == *"$reference (Pasi ya Uwanja wa Ndege): Liko tayari kuchukuliwa. Lichukue katika JKIA Terminal 1A"* ]] || { echo "the status change SMS did not reach the built-in gateway: $inbox" >&2; exit 1; }

kill -- "-$pid"; wait "$pid" 2>/dev/null || true; pid=""

# A production install: the runtime dependencies only, as `npm ci --omit=dev` leaves them. A copy
# of this tree's node_modules pruned with `npm prune --omit=dev` stands in for it: the same
# packages (compared by hand with a real `npm ci --omit=dev`), without compiling better-sqlite3
# again (~90 s). No tsx, no typescript: npm start must build with what production has.
prod="$work/production-install"
mkdir -p "$prod/node_modules"
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  # node_modules may be a symlink (a worktree's): never copy it as one, or the prune below would empty its target.
  case "$file" in node_modules | node_modules/*) continue ;; esac
  if [ -e "$file" ]; then cp --parents -P "$file" "$prod/"; fi
done
cp -a node_modules/. "$prod/node_modules/"
[ ! -L "$prod/node_modules" ] || { echo "the production copy's node_modules is a symlink" >&2; exit 1; }
(cd "$prod" && npm prune --omit=dev --no-audit --no-fund > /dev/null)
for dev in tsx typescript vitest wrangler; do [ ! -e "$prod/node_modules/$dev" ] || { echo "npm prune --omit=dev left $dev" >&2; exit 1; }; done

(cd "$prod" && PORT=3918 DATABASE_PATH="$work/prod-start.sqlite" exec npm start) > "$work/prod-start.log" 2>&1 &
pid=$!
wait_for http://127.0.0.1:3918 "$work/prod-start.log"
check production-install http://127.0.0.1:3918
kill -- "-$pid"; wait "$pid" 2>/dev/null || true; pid=""

# Going live as the README says: create the database, run the server as the systemd unit does,
# give an agency a key, and back up the live file while the server runs.
secret=smoke-callback-secret-0123456789
admin=smoke-admin-key-0123456789abcdef01
live=(NODE_ENV=production DATABASE_PATH="$work/live.sqlite" CALLBACK_SECRET=$secret ADMIN_API_KEY=$admin AT_API_KEY=atsk_smoke AT_USERNAME=ecitizen AT_SMS_URL=http://127.0.0.1:9 PORT=3918)
(cd "$prod" && env "${live[@]}" npm run -s db:create)
(cd "$prod" && exec env "${live[@]}" node --enable-source-maps dist/runtime/node.js) > "$work/live.log" 2>&1 &
pid=$!
wait_for http://127.0.0.1:3918 "$work/live.log"
first=$(curl -sS --max-time 10 -d 'sessionId=smoke-live&serviceCode=*2222%23&phoneNumber=%2B254711000111&text=' "http://127.0.0.1:3918/ussd?secret=$secret")
[[ "$first" == "CON Welcome to e-Citizen"* ]] || { echo "the production server's first hop: $first" >&2; exit 1; }
grep -q 'API docs: .*/api/v1/docs' "$work/live.log" && grep -q 'ussd?secret=<CALLBACK_SECRET>' "$work/live.log" || { echo "the banner does not name the docs and the callback URL:" >&2; cat "$work/live.log" >&2; exit 1; }
! grep -q "$secret" "$work/live.log" || { echo "the production server logged its callback secret" >&2; exit 1; }
curl -sS --max-time 10 -X POST http://127.0.0.1:3918/api/v1/agencies -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"code":"SMOKE","name":{"en":"Smoke Test Agency","sw":"Wakala wa Majaribio"},"shortName":{"en":"Smoke","sw":"Majaribio"}}' > /dev/null
key=$(cd "$prod" && env "${live[@]}" npm run -s keys -- create SMOKE | tail -1)
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" http://127.0.0.1:3918/api/v1/services)" = 200 ] || { echo "the key npm run keys made does not work" >&2; exit 1; }
(cd "$prod" && env "${live[@]}" npm run -s backup -- "$work/live-backup.sqlite") | grep 'integrity ok'
copied=$(cd "$prod" && node -e 'const db = new (require("better-sqlite3"))(process.argv[1], { readonly: true }); console.log(db.prepare("SELECT code FROM agencies").pluck().all().join())' "$work/live-backup.sqlite")
[ "$copied" = SMOKE ] || { echo "the backup does not hold the agency: $copied" >&2; exit 1; }
echo "production install: db:create, the server as systemd runs it, a hop behind the secret, keys, a backup while it serves"
kill -- "-$pid"; wait "$pid" 2>/dev/null || true; pid=""

# --ip given explicitly: wrangler takes it once, so the script must not add its default too.
npm run dev:worker -- --ip 127.0.0.1 --port 8917 --persist-to "$work/wrangler" > "$work/worker.log" 2>&1 &
pid=$!
wait_for http://127.0.0.1:8917 "$work/worker.log"
check worker http://127.0.0.1:8917
# Every operator script explains itself.
for script in keys report:ussd menus:check simulate backup; do
  npm run -s "$script" -- --help | grep -q '^usage: npm run' || { echo "npm run $script -- --help prints no usage" >&2; exit 1; }
done
echo "scripts: --help on keys, report:ussd, menus:check, simulate, backup"
echo "smoke: 9 passed, 0 failed"
