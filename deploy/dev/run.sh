#!/usr/bin/env bash
# The README's run command: starts Redis and PostgreSQL, applies migrations, runs the server in Development and,
# unless IVR_SIMULATOR=off, the phone simulator as Twilio with the 1345 defaults (20 languages, 108 virtual
# counselors, virtual callers at 5x speed) and its live summary. With real Twilio credentials in Twilio__AccountSid
# and Twilio__AuthToken, run with IVR_SIMULATOR=off and point your number's webhooks at the server.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
url=${IVR_URL:-http://127.0.0.1:5080}
simulator=${IVR_SIMULATOR_URL:-http://127.0.0.1:5090}
ops_email=${IVR_DEMO_EMAIL:-operations@demo.ivr.local}
ops_password=${IVR_DEMO_PASSWORD:-Demo-operations-1345}
counselor_email=${IVR_DEMO_COUNSELOR_EMAIL:-counselor@demo.ivr.local}
counselor_password=${IVR_DEMO_COUNSELOR_PASSWORD:-Demo-counselor-1345}

# A counselor account for a person on the softphone page (Korean and English, beside the virtual counselors).
# Operations staff create it through the API; on a later run it exists already and is left as it is.
demo_counselor() {
  local token user
  token=$(curl -fsS -X POST "$url/account/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ops_email\",\"password\":\"$ops_password\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "could not sign in as $ops_email to create the demo counselor" >&2; return 0; }
  user=$(curl -sS -X POST "$url/api/accounts/" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$counselor_email\",\"password\":\"$counselor_password\",\"role\":\"counselor\",\"displayName\":\"Demo counselor\"}" |
    sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  [ -n "$user" ] || return 0
  curl -fsS -o /dev/null -X PUT "$url/api/staffing/counselors/demo_counselor" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d "{\"displayName\":\"Demo counselor\",\"skills\":{\"ko\":5,\"en\":5},\"userId\":\"$user\"}"
}

eval "$(deploy/dev/services.sh up)"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
# The demo accounts' passwords are printed below and in this file: they exist only for the simulator in Development
# (the server itself refuses the simulator's token and the development caller-hash key anywhere else).
demo=false
if [ "${IVR_SIMULATOR:-on}" != off ]; then
  [ "$ASPNETCORE_ENVIRONMENT" = Development ] ||
    { echo "the phone simulator runs only in Development (ASPNETCORE_ENVIRONMENT=$ASPNETCORE_ENVIRONMENT); set IVR_SIMULATOR=off" >&2; exit 1; }
  demo=true
fi
if [ "${IVR_SIMULATOR:-on}" != off ]; then
  # The server talks to the simulator as it would to Twilio: same account, REST calls sent to the simulator.
  export Twilio__AccountSid=${Twilio__AccountSid:-AC1345000000000000000000000000abcd}
  export Twilio__AuthToken=${Twilio__AuthToken:-1345simulatorauthtoken0000000000}
  export Twilio__Client__BaseUrlOverride=$simulator
  # Callbacks, outbound and three-way calls are dialled from the center's number (callbacks are not offered without one).
  export CallControl__CenterNumber=${CallControl__CenterNumber:-+8221234567}
  # The softphone page rings through the simulator's browser device instead of Twilio's Voice SDK.
  export Softphone__Device=${Softphone__Device:-simulator}
  export Softphone__SimulatorUrl=${Softphone__SimulatorUrl:-$simulator}
fi
export CallControl__PublicBaseUrl=${CallControl__PublicBaseUrl:-$url}

dotnet build src/Ivr.Server -c Release -v quiet -nologo
dotnet build src/Ivr.PhoneSim -c Release -v quiet -nologo
# The built programs themselves (not `dotnet run`), so stopping this script stops them; the server runs from its
# project folder, its content root (appsettings*.json).
server() { (cd src/Ivr.Server && exec bin/Release/net10.0/Ivr.Server "$@"); }
server migrate
if $demo; then
  IVR_PASSWORD=$ops_password server create-operations-account "$ops_email" >/dev/null 2>&1 || true
fi

server --urls "$url" > "$repo/.data/server.log" 2>&1 &
pids=$!
trap 'kill $pids 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 60); do
  curl -fsS "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 $pids 2>/dev/null || { cat "$repo/.data/server.log" >&2; echo "the server stopped; see above" >&2; exit 1; }
  sleep 1
done
echo "Ivr is running at $url (log: .data/server.log); readiness: $(curl -sS "$url/health/ready" | head -c 200)"
if $demo; then
  echo "API description: $url/openapi/v1.json; operations sign-in: $ops_email / $ops_password"
  demo_counselor
  echo "Softphone: $url/softphone/ as $counselor_email / $counselor_password (supervisors watch with ?counselor=ID)"
  echo "Operations console (wallboard, staffing, hours, menus, prompts, reports, audit): $url/console/ as $ops_email"
else
  echo "No demo accounts. Create the first operations account (it asks for the password without showing it):"
  echo "  (cd src/Ivr.Server && bin/Release/net10.0/Ivr.Server create-operations-account EMAIL)"
  echo "then sign in at $url/console/ (operations) and $url/softphone/ (counselors)."
fi

if ! $demo; then
  echo "Press Ctrl+C to stop."
  wait
else
  src/Ivr.PhoneSim/bin/Release/net10.0/Ivr.PhoneSim demo --server "$url" --listen "$simulator" \
    --speed "${IVR_DEMO_SPEED:-5}" --seed-email "$ops_email" --seed-password "$ops_password" --open-all-hours &
  pids="$pids $!"
  wait $!
fi
