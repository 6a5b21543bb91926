#!/usr/bin/env bash
# Measures `serve` from launch to a healthy /health, on a fresh data folder (first run creates
# the database) and then on the kept one. Usage: bench/startup.sh [runs]   (after packaging)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=config/target/tradewire.jar
[ -f "$jar" ] || { echo "build first: ./tw mvn -B -ntp -q -DskipTests package" >&2; exit 1; }
data=$(mktemp -d)
port=${PORT:-18080}
trap 'rm -rf "$data"' EXIT

once() {
  local started pid ms
  started=$(date +%s%N)
  TRADEWIRE_DATA_DIR="$data" MICRONAUT_SERVER_PORT=$port ./tw java -jar "$jar" serve >"$data/serve.log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$ms"
}

echo "first start (creates the database): $(once) ms"
for i in $(seq "$runs"); do
  echo "start $i (kept database):          $(once) ms"
done
