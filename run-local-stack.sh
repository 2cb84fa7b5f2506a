#!/usr/bin/env bash
# Runs the whole IKZ system on this machine as plain processes: PostgreSQL, Keycloak, Kafka and the three
# services, all on 127.0.0.1, until Ctrl-C. No container engine needed.
#
# Usage: ./run-local-stack.sh [--no-build] [--fresh] [--infra-only]
#   --no-build    use the jars of the last build
#   --fresh       delete the local stack's data (databases, Kafka, logs) first
#   --infra-only  start PostgreSQL, Keycloak and Kafka only
set -euo pipefail
cd "$(dirname "$0")"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if ! command -v java >/dev/null 2>&1; then
  echo "Java 17 or newer is needed, but 'java' is not on the PATH." >&2
  exit 1
fi
java_version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
java_major=${java_version#1.}
java_major=${java_major%%.*}
if [ "${java_major:-0}" -lt 17 ]; then
  echo "Java 17 or newer is needed, but 'java' is version ${java_version:-unknown}." >&2
  exit 1
fi

if $build; then
  if ! command -v mvn >/dev/null 2>&1; then
    echo "Maven is needed to build the project (or pass --no-build to use an earlier build)." >&2
    exit 1
  fi
  echo "Building the project (mvn -B -q -DskipTests install; skip with --no-build) ..."
  mvn -B -q -DskipTests install
fi

jar=deployment/local-stack/target/local-stack.jar
if [ ! -f "$jar" ]; then
  echo "$jar is missing: build first (run this script without --no-build)." >&2
  exit 1
fi
exec java -Dikz.project.root="$(pwd)" -cp "$jar:deployment/local-stack/target/lib/*" de.kreisunna.ikz.stack.LocalStackMain \
  ${args[@]+"${args[@]}"}
