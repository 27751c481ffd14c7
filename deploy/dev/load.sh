#!/usr/bin/env bash
# Issue 5's load run: one Release server instance with the phone simulator as Twilio, both on this machine, and the
# simulator's load mode driving RATE new calls per second with COUNSELORS virtual counselors for DURATION seconds.
# Prints the simulator's report (calls, outcomes, routing latency) and the server's CPU and memory over the run.
# Each run uses its own contact center in Redis and the database ivr_load, so the demo never meets its counselors.
#   RATE=40 COUNSELORS=5000 DURATION=600 deploy/dev/load.sh
# CALLBACK_SHARE and MESSAGE_SHARE (0-1) make that share of callers who reach the hold menu's key (after its first
# announcement, ~50 s in line) ask for a callback or leave a message; CALLBACK_OFFER_ABOVE (default 00:02:00, the
# server's) is the expected wait above which the callback key is offered. Issue 20's run:
#   CALLBACK_SHARE=0.3 MESSAGE_SHARE=0.1 CALLBACK_OFFER_ABOVE=00:00:00 COUNSELORS=1700 deploy/dev/load.sh
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
url=${IVR_URL:-http://127.0.0.1:5080}
simulator=${IVR_SIMULATOR_URL:-http://127.0.0.1:5090}
ops_email=operations@load.ivr.local
ops_password=Load-operations-1345

eval "$(deploy/dev/services.sh up)"
export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning
# The hold menu offers the callback key above this expected wait (the server's default, 2 min, unless CALLBACK_OFFER_ABOVE).
export Callbacks__OfferAbove=${CALLBACK_OFFER_ABOVE:-00:02:00}
# Callbacks and outbound calls are dialled from the center's number.
export CallControl__CenterNumber=${CENTER_NUMBER:-+8221234567}
export Twilio__AccountSid=AC1345000000000000000000000000abcd Twilio__AuthToken=1345simulatorauthtoken0000000000
export Twilio__Client__BaseUrlOverride=$simulator CallControl__PublicBaseUrl=$url
export Acd__ContactCenter=load-$(date +%s)
# Its own metrics port, so a demo server (run.sh, on 9464) may run beside it.
export Telemetry__ScrapePort=${Telemetry__ScrapePort:-9465}
# Its own database too: thousands of load counselors and calls stay out of the demo's and the tests'.
export ConnectionStrings__Postgres="${ConnectionStrings__Postgres%Database=*}Database=ivr_load"

dotnet build src/Ivr.Server -c Release -v quiet -nologo
dotnet build src/Ivr.PhoneSim -c Release -v quiet -nologo
# From the project folder, so the server finds its appsettings (content root = working directory).
server() { (cd src/Ivr.Server && exec dotnet bin/Release/net10.0/Ivr.Server.dll "$@"); }
server migrate >/dev/null
IVR_PASSWORD=$ops_password server create-operations-account "$ops_email" >/dev/null 2>&1 || true

if curl -fsS "$url/health/live" >/dev/null 2>&1; then
  echo "something already answers at $url (an earlier server?); stop it first" >&2
  exit 1
fi
mkdir -p .data
(cd src/Ivr.Server && exec dotnet bin/Release/net10.0/Ivr.Server.dll --urls "$url") > .data/load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 60); do
  curl -fsS "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat .data/load-server.log >&2; exit 1; }
  sleep 1
done

# The default 1345 menu queues the caller on the language choice ("3*"), so that is the only key pressed. Counselors
# are at the preferred level and never decline or ignore a ring, so every connected caller's latency is that of the
# routing itself (a caller waits only when no counselor of their language is free), not of rule widening or re-rings.
dotnet src/Ivr.PhoneSim/bin/Release/net10.0/Ivr.PhoneSim.dll load --server "$url" --listen "$simulator" --server-pid $server \
  --rate "${RATE:-40}" --counselors "${COUNSELORS:-5000}" --duration "${DURATION:-600}" \
  --talk "${TALK:-30}" --wrap-up "${WRAP_UP:-10}" --patience 300 --drain 120 --self-service 0 --barge-in 1 --decline 0 --no-answer 0 \
  --key-plan '{language}*' --counselor-level 3 \
  --callback-share "${CALLBACK_SHARE:-0}" --message-share "${MESSAGE_SHARE:-0}" \
  --seed-email "$ops_email" --seed-password "$ops_password" --open-all-hours
echo "server warnings and errors: $(grep -c -E '^(warn|fail|crit):' .data/load-server.log || true) (log: .data/load-server.log)"
grep -E -A1 '^(warn|fail|crit):' .data/load-server.log | grep -v -E '^(warn|fail|crit):|^--' | sed -E 's/[0-9a-f]{32}/ID/g; s/(CA|CF|RE)[0-9a-f]{32}/\1ID/g' | sort | uniq -c | sort -rn | head -10
