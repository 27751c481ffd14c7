#!/usr/bin/env bash
# The README's run command: starts Redis and PostgreSQL, applies migrations and runs the server in Development.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
url=${IVR_URL:-http://127.0.0.1:5080}

eval "$(deploy/dev/services.sh up)"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}

dotnet build src/Ivr.Server -c Release -v quiet -nologo
dotnet run --project src/Ivr.Server -c Release --no-build --no-launch-profile -- migrate

dotnet run --project src/Ivr.Server -c Release --no-build --no-launch-profile -- --urls "$url" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT INT TERM

for _ in $(seq 1 60); do
  curl -fsS "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { echo "the server stopped; see its output above" >&2; exit 1; }
  sleep 1
done
echo
echo "Ivr is running at $url"
echo "  readiness: $(curl -sS "$url/health/ready")"
echo "  API description: $url/openapi/v1.json"
echo "Press Ctrl+C to stop."
wait $server
