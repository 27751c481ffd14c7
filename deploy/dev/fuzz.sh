#!/usr/bin/env bash
# Issue 19's fuzz run: one Release server (Production settings, signatures checked) and COUNT hostile webhooks
# (forged, tampered, replayed elsewhere, malformed, oversized, wrong content type) against it, 16 at a time, while
# genuine signed calls keep arriving. Prints how each kind was answered, the genuine calls' answers and the server's
# memory; exits 1 on any 2xx or 5xx to a hostile webhook or any genuine call not answered 200.
#   deploy/dev/fuzz.sh [COUNT, default 10000]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
url=${IVR_FUZZ_URL:-http://127.0.0.1:5085}
token=fuzz-run-auth-token-$(date +%s)
eval "$(deploy/dev/services.sh up redis >/dev/null; deploy/dev/services.sh up postgres)"
export ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Error
export Twilio__AccountSid=AC0123456789abcdef0123456789abcdef Twilio__AuthToken=$token
export Twilio__Client__BaseUrlOverride=http://127.0.0.1:9 CallControl__PublicBaseUrl=$url
export Acd__ContactCenter=fuzz-$(date +%s) Telemetry__ScrapePort=9466
export CallRecords__CallerHashKey=fuzz-run-caller-hash-key-$(date +%s)-0123456789
export ConnectionStrings__Postgres="${ConnectionStrings__Postgres%Database=*}Database=ivr_fuzz"
# Production requires a certificate for the data-protection keys: a throwaway one for this run.
keys=$(mktemp -d)
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$keys/key.pem" -out "$keys/cert.pem" -subj /CN=ivr-fuzz -days 1 2>/dev/null
openssl pkcs12 -export -inkey "$keys/key.pem" -in "$keys/cert.pem" -passout pass:fuzz -out "$keys/keys.pfx"
export DataProtection__Certificate=$(base64 -w0 "$keys/keys.pfx") DataProtection__CertificatePassword=fuzz
rm -rf "$keys"
dotnet build src/Ivr.Server -c Release -v quiet -nologo
dotnet build tests/Ivr.Benchmarks -c Release -v quiet -nologo
(cd src/Ivr.Server && exec dotnet bin/Release/net10.0/Ivr.Server.dll migrate) >/dev/null
mkdir -p .data
(cd src/Ivr.Server && exec dotnet bin/Release/net10.0/Ivr.Server.dll --urls "$url") > .data/fuzz-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 60); do
  curl -fsS "$url/health/ready" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { cat .data/fuzz-server.log >&2; exit 1; }
  sleep 1
done
dotnet tests/Ivr.Benchmarks/bin/Release/net10.0/Ivr.Benchmarks.dll fuzz-webhooks "$url" "$token" "$server" "${1:-10000}"
