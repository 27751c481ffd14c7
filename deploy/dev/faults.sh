#!/usr/bin/env bash
# Issue 18's fault programme: two built server instances behind nginx, the phone simulator as Twilio placing RATE new
# calls per second (real time) for DURATION seconds with COUNSELORS virtual counselors, and each fault once on a
# schedule (kill -9 of an instance and its restart, a Redis restart, a 5 s Redis stall, Twilio's REST API failing,
# PostgreSQL stopped). It is the CI test FaultProgrammeTests with other settings; its Redis and PostgreSQL are the
# test's own (on free ports), so nothing here touches the demo's. Prints the results table (docs/benchmarks.md).
#   DURATION=600 RATE=40 COUNSELORS=5000 deploy/dev/faults.sh
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

# The shared Redis and PostgreSQL only for what the test project's fixtures expect; nginx beside them.
eval "$(deploy/dev/services.sh up redis)" || exit 1
eval "$(deploy/dev/services.sh up postgres)" || exit 1
deploy/dev/services.sh up tools >/dev/null || exit 1
export FAULTS_DURATION=${DURATION:-600} FAULTS_RATE=${RATE:-40} FAULTS_COUNSELORS=${COUNSELORS:-5000}
export FAULTS_REPORT=${FAULTS_REPORT:-$repo/TestResults/faults.md}
mkdir -p "$(dirname "$FAULTS_REPORT")"
rm -f "$FAULTS_REPORT"

dotnet build tests/Ivr.Server.Tests -v quiet -nologo || exit 1
dotnet test tests/Ivr.Server.Tests --no-build --filter "FullyQualifiedName~FaultProgramme" --logger "console;verbosity=normal"
status=$?
echo
if [[ -f $FAULTS_REPORT ]]; then cat "$FAULTS_REPORT"; else echo "no report: the programme did not get as far as its table" >&2; fi
exit $status
