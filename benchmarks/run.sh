#!/usr/bin/env bash
# Runs the benchmarks on this machine and writes docs/benchmarks.md (results beside references measured in
# the same run). Starts its own stack on free loopback ports; all load stays on 127.0.0.1, bounded in time.
#
# Usage: benchmarks/run.sh [--no-build] [--quick] [--propagation] [--console] [--http]
#   --quick        shorter rounds (a smoke run; figures are not comparable to a full run)
#   --propagation  only the raw Kafka hop and the two propagation paths (to benchmarks/target/propagation.md)
#   --console      only the web console's pages (to benchmarks/target/console.md)
#   --http         only the requests at fixed concurrency and pgbench (to benchmarks/target/http.md)
set -euo pipefail
cd "$(dirname "$0")/.."

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

need() {  # tool, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2 (for $1) ..."
  { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; } || { echo "$1 is needed: apt-get install $2" >&2; exit 1; }
}
need wrk wrk
need pgbench postgresql-client

if $build; then
  mvn -B -q -DskipTests install
fi
exec java -Xmx512m -Dikz.project.root="$(pwd)" -jar benchmarks/target/benchmarks.jar ${args[@]+"${args[@]}"}
