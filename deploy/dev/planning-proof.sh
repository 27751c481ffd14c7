#!/usr/bin/env bash
# Issue 23's proof by simulation: eight weeks of history for zh, vi and th go into the records rollup, the planner
# forecasts the day and requires counselors (Erlang A, 80 % in 20 s), and the real server with the phone simulator as
# Twilio (20 times faster than real time) replays the morning peak staffed exactly so, measuring the service level per
# half hour. It is the CI test PlanningProofTests with other settings (about 15 minutes); writes docs/planning-proof.md.
#   deploy/dev/planning-proof.sh                      # 09:00-13:00, full half hours
#   FIRST=20 INTERVALS=4 deploy/dev/planning-proof.sh # 10:00-12:00
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

eval "$(deploy/dev/services.sh up redis)" || exit 1
eval "$(deploy/dev/services.sh up postgres)" || exit 1
export PROOF_FIRST=${FIRST:-18} PROOF_INTERVALS=${INTERVALS:-8} PROOF_INTERVAL_SECONDS=1800 PROOF_WARMUP=0
report=$repo/TestResults/planning-proof.md
export PROOF_REPORT=$report
mkdir -p "$(dirname "$report")"
rm -f "$report"

dotnet build tests/Ivr.Server.Tests -v quiet -nologo || exit 1
dotnet test tests/Ivr.Server.Tests --no-build --filter "FullyQualifiedName~PlanningProof" --logger "console;verbosity=normal" | grep -v '^ *{"EventId"'
status=${PIPESTATUS[0]}
echo
if [[ ! -f $report ]]; then echo "no report: the replay did not get as far as its table" >&2; exit 1; fi
{
  sed -n '1,/^<!-- table -->$/p' docs/planning-proof.md
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB;"
  cat "$report"
} > docs/planning-proof.md.new && mv docs/planning-proof.md.new docs/planning-proof.md
cat "$report"
exit $status
