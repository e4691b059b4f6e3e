#!/usr/bin/env bash
# Start-up time and memory of each packaged function (JVM mode), one at a time on a quiet port:
# wall time from `java -jar` to the first 200 from /q/health/ready, Quarkus' own "started in",
# and the resident set size once ready. Needs the packaged functions (./mvnw package).
#   src/bench/startup/run.sh [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
RUNS="${1:-3}"
PORT=18990
WORK="$(mktemp -d)"
declare -A HEAP=([token-refresh]=128m [predict]=192m [alert-route]=160m [embed]=768m [monitor-trigger]=160m)
echo "| function | ready (wall, median of $RUNS) | Quarkus 'started in' | RSS when ready |"
echo "|---|---|---|---|"
for f in token-refresh predict alert-route embed monitor-trigger; do
  walls=(); starts=(); rss=()
  for _ in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N)
    QUARKUS_HTTP_PORT=$PORT FORESIGHT_SIGNING_KEY="$WORK/key.pem" \
      java "-Xmx${HEAP[$f]}" -jar "$ROOT/functions/$f/target/quarkus-app/quarkus-run.jar" >"$WORK/$f.log" 2>&1 &
    pid=$!
    until curl -fsS "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; do sleep 0.05; done
    t1=$(date +%s%N)
    walls+=($(( (t1 - t0) / 1000000 )))
    starts+=("$(grep -o 'started in [0-9.]*s' "$WORK/$f.log" | grep -oE '[0-9.]+s$')")
    rss+=($(( $(ps -o rss= -p $pid) / 1024 )))
    kill $pid; wait $pid 2>/dev/null || true
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '| %s | %s ms | %s | %s MiB |\n' "$f" "$(median "${walls[@]}")" "$(printf '%s ' "${starts[@]}")" "$(median "${rss[@]}")"
done
rm -rf "$WORK"
