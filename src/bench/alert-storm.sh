#!/usr/bin/env bash
# Alert storm: the real Alertmanager and alert-route started side by side with the same
# Alertmanager configuration, each taking wrk's POST /api/v2/alerts (10 000 distinct alerts in
# 500 groups, 1, 10 and 100 alerts per request, alternating per batch size), then checked: every
# alert stored, every group notified to the same webhook sink. alert-route runs as shipped:
# JWT on every request (a token from token-refresh), its per-principal rate limit checked in Redis
# (bucket opened wide), each request answered only once its alerts are committed in PostgreSQL.
#   ./mvnw -q -pl shared,functions/token-refresh,functions/alert-route -am package -DskipTests
#   src/bench/alert-storm.sh          # BATCHES="1 10 100" DURATION=15s WARMUP=10s CONNECTIONS=32
# Needs wrk and prometheus-alertmanager (src/setup/install.sh --with-peers installs both).
set -euo pipefail
cd "$(dirname "$0")/../.."
BATCHES=${BATCHES:-"1 10 100"}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DB=${FORESIGHT_BENCH_DB:-foresight_bench}
BASE=${PORT_BASE:-18490}
TR_PORT=$((BASE + 1)) AR_PORT=$((BASE + 3)) AM_PORT=$((BASE + 4)) SINK_PORT=$((BASE + 5))
for jar in token-refresh alert-route; do
  [ -f "functions/$jar/target/quarkus-app/quarkus-run.jar" ] || { echo "package $jar first (see the header)" >&2; exit 1; }
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v prometheus-alertmanager >/dev/null || { echo "prometheus-alertmanager is missing: src/setup/install.sh --with-peers" >&2; exit 1; }

WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
psql_() { PGPASSWORD="${FORESIGHT_DB_PASSWORD:-}" psql -X -q -w -h 127.0.0.1 -U "${FORESIGHT_DB_USER:-postgres}" "$@"; }
psql_ -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null
psql_ -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS vector" >/dev/null

# one configuration for both: group by the group label, notify the sink (one path each)
config() {
  cat <<YAML
route:
  receiver: sink
  group_by: [group]
  group_wait: 2s
  group_interval: 10s
  repeat_interval: 4h
receivers:
  - name: sink
    webhook_configs:
      - url: http://127.0.0.1:$SINK_PORT/$1
        max_alerts: 0
YAML
}
config am >"$WORK/am.yml"
config foresight >"$WORK/foresight.yml"

python3 src/bench/notification-sink.py "$SINK_PORT" & PIDS+=($!)
prometheus-alertmanager --config.file="$WORK/am.yml" --storage.path="$WORK/am-data" \
  --web.listen-address="127.0.0.1:$AM_PORT" --cluster.listen-address= >"$WORK/am.log" 2>&1 & PIDS+=($!)
AM_PID=$!
export CLIENT_ID=storm CLIENT_SECRET=storm-bench-secret-0000001
FORESIGHT_DB_NAME=$DB FORESIGHT_TOKEN_REFRESH_PORT=$TR_PORT FORESIGHT_SIGNING_KEY="$WORK/key.pem" \
  FORESIGHT_CLIENTS="$CLIENT_ID:$CLIENT_SECRET:alerts:write" \
  java -Xmx128m -jar functions/token-refresh/target/quarkus-app/quarkus-run.jar >"$WORK/token-refresh.log" 2>&1 & PIDS+=($!)
ready() { for _ in $(seq 1 240); do curl -sf "$1" >/dev/null && return 0; sleep 0.5; done; echo "not ready: $1" >&2; cat "$2" >&2; exit 1; }
ready "http://127.0.0.1:$TR_PORT/q/health/ready" "$WORK/token-refresh.log"
FORESIGHT_DB_NAME=$DB FORESIGHT_ALERT_ROUTE_PORT=$AR_PORT FORESIGHT_ALERTMANAGER_CONFIG="$WORK/foresight.yml" \
  FORESIGHT_JWKS_URL="http://127.0.0.1:$TR_PORT/.well-known/jwks.json" FORESIGHT_EGRESS_ALLOW=127.0.0.0/8 \
  FORESIGHT_RATE_LIMIT_RATE=1000000 FORESIGHT_RATE_LIMIT_BURST=1000000 \
  java -Xmx160m ${ALERT_ROUTE_JAVA_OPTS:-} -jar functions/alert-route/target/quarkus-app/quarkus-run.jar >"$WORK/alert-route.log" 2>&1 & PIDS+=($!)
AR_PID=$!
ready "http://127.0.0.1:$AR_PORT/q/health/ready" "$WORK/alert-route.log"
ready "http://127.0.0.1:$AM_PORT/-/ready" "$WORK/am.log"
TOKEN=$(curl -sf "http://127.0.0.1:$TR_PORT/token" -d "grant_type=client_credentials&client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET" \
  -d resource=foresight-alert-route | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/')
export TOKEN

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system CPU, in clock ticks
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
pg_ticks() { local t=0; for p in $(pgrep -x postgres); do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
HZ=$(getconf CLK_TCK)
seconds() { local d=$1; case $d in *m) echo $(( ${d%m} * 60 ));; *s) echo "${d%s}";; *) echo "$d";; esac; }
# alert-route's commits so far: count, requests, alerts, seconds (its /q/metrics); zeros for Alertmanager
commits() {
  { curl -sf "$1/q/metrics" 2>/dev/null || true; } | awk '
    /^foresight_intake_commit_seconds_count/ {c=$2} /^foresight_intake_commit_requests_sum/ {r=$2}
    /^foresight_intake_commit_alerts_sum/ {a=$2} /^foresight_intake_commit_seconds_sum/ {s=$2}
    END {printf "%d %d %d %.6f\n", c, r, a, s}'
}
run() { # name url pid batch -> one table row
  local name=$1 url=$2 pid=$3 batch=$4 out t0 p0 t1 p1 requests non2xx p50 p99 c0 c1
  BATCH=$batch wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s src/bench/alert-storm.lua "$url/api/v2/alerts" >/dev/null
  t0=$(ticks "$pid"); p0=$(pg_ticks); c0=$(commits "$url")
  out=$(BATCH=$batch wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s src/bench/alert-storm.lua "$url/api/v2/alerts" | tail -1)
  t1=$(ticks "$pid"); p1=$(pg_ticks); c1=$(commits "$url")
  read -r _ requests _ non2xx _ p50 _ p99 <<<"$out"
  [ "$non2xx" = 0 ] || { echo "$name: $non2xx responses were not 2xx" >&2; exit 1; }
  local secs; secs=$(seconds "$DURATION")
  local per_commit
  per_commit=$(echo "$c0 $c1" | awk '{n = $5 - $1; if (n > 0) printf "%d commits, %.1f requests / %.0f alerts / %.1f ms each", n, ($6 - $2) / n, ($7 - $3) / n, 1000 * ($8 - $4) / n; else print "–"}')
  printf '| %s | %d | %s | %s | %s | %.2f | %s | %.2f | %s |\n' "$name" "$batch" \
    "$(( requests * batch / secs ))" "$p50" "$p99" "$(echo "($t1 - $t0) / $HZ / $secs" | bc -l)" "$(rss_mb "$pid")" \
    "$(echo "($p1 - $p0) / $HZ / $secs" | bc -l)" "$per_commit"
}
# repeats are updates: without vacuum their dead rows slow every intake (src/setup/install.sh turns it on)
echo "PostgreSQL autovacuum: $(psql_ -d postgres -tAc 'SHOW autovacuum')"
echo
echo "| server | alerts per request | alerts/s | p50 ms | p99 ms | server CPU (cores) | server RSS MB | PostgreSQL CPU (cores) | intake commits (mean) |"
echo "|---|---|---|---|---|---|---|---|---|"
for batch in $BATCHES; do
  run "Alertmanager $(prometheus-alertmanager --version 2>&1 | awk 'NR==1 {print $3}')" "http://127.0.0.1:$AM_PORT" "$AM_PID" "$batch"
  run "alert-route" "http://127.0.0.1:$AR_PORT" "$AR_PID" "$batch"
done

# every alert stored, every group notified (after group_wait)
sleep 5
am_alerts=$(curl -sf "http://127.0.0.1:$AM_PORT/api/v2/alerts?filter=alertname%3D%22StormTest%22" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
fr_alerts=$(psql_ -d "$DB" -tAc "SELECT count(DISTINCT fingerprint) FROM alerts WHERE labels->>'alertname' = 'StormTest'")
fr_groups=$(psql_ -d "$DB" -tAc "SELECT count(DISTINCT g.id) FROM alert_groups g JOIN alert_group_members m ON m.group_id = g.id JOIN alerts a ON a.id = m.alert_id WHERE a.labels->>'alertname' = 'StormTest'")
counts=$(curl -sf "http://127.0.0.1:$SINK_PORT/counts")
echo
echo "stored: Alertmanager $am_alerts distinct alerts, alert-route $fr_alerts (in $fr_groups groups)"
echo "notified (webhook sink): $counts"
echo "$counts" | python3 -c '
import json, sys
c = json.load(sys.stdin)
bad = [p for p in ("/am", "/foresight") if c.get(p, {}).get("groups") != 500 or c.get(p, {}).get("alerts") != 10000]
sys.exit("not every group (500) and alert (10000) notified: " + ", ".join(bad) if bad else 0)'
[ "$fr_alerts" = 10000 ] && [ "$am_alerts" = 10000 ] || { echo "not every alert stored" >&2; exit 1; }
