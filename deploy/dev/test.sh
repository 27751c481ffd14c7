#!/usr/bin/env bash
# The README's test command: starts Redis, PostgreSQL and a three-primary Redis Cluster, runs every test, then the
# ACD tests a second time with the cluster as their Redis, and ends with "N passed, N failed" over both runs.
# Extra arguments go to dotnet test, both runs (for example --filter FullyQualifiedName~Acd).
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"

env_lines=$(deploy/dev/services.sh up) || exit 1
eval "$env_lines"
cluster_lines=$(deploy/dev/services.sh up cluster) || exit 1
eval "$cluster_lines"

results=$repo/TestResults
rm -rf "$results"
dotnet test Ivr.sln --logger trx --results-directory "$results" "$@"
status=$?

# Every ACD key of a contact center carries its hash tag, so the scripts must run unchanged on a cluster.
started=$SECONDS
ConnectionStrings__Redis=$IVR_REDIS_CLUSTER dotnet test tests/Ivr.Acd.Tests --logger trx \
  --results-directory "$results/on-redis-cluster" "$@" || status=1
echo "ACD tests on Redis Cluster ($IVR_REDIS_CLUSTER): $((SECONDS - started)) s"

deploy/dev/test-summary.sh "$results" || status=1
exit $status
