#!/usr/bin/env bash
# Refresh-token rotation benchmark: starts the packaged token-refresh, mints one refresh-token
# chain per wrk thread, has wrk rotate each chain (every request presents the newest token of
# its chain; every rotation is committed before the answer), then runs the client_credentials
# grant in the same run as the baseline. Loopback only; bounded by DURATION.
#   ./mvnw -q -pl shared,functions/token-refresh -am package -DskipTests
#   src/bench/token-rotation.sh            # THREADS=8 DURATION=20s WARMUP=15s PORT=18390
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS=${THREADS:-8}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-15s}
PORT=${PORT:-18390}
# the hashing cost of the bench client's secret; every /token request verifies it
ITERATIONS=${ITERATIONS:-210000}
JAR=functions/token-refresh/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "no $JAR: package token-refresh first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

# /token's per-client and per-address buckets (20/s and 50/s by default) are opened wide: this
# measures what a rotation costs, not the policy; each bucket check (one Redis call) is still paid.
export CLIENT_ID=bench-rotation CLIENT_SECRET=bench-rotation-secret-000001
WORK=$(mktemp -d)
export TOKENS="$WORK/tokens"
FORESIGHT_TOKEN_REFRESH_PORT=$PORT FORESIGHT_SIGNING_KEY="$WORK/key.pem" \
  FORESIGHT_CLIENTS="$CLIENT_ID:$CLIENT_SECRET:fleet:write" \
  FORESIGHT_TOKEN_REFRESH_SECRET_HASH_ITERATIONS=$ITERATIONS \
  FORESIGHT_TOKEN_REFRESH_TOKEN_LIMIT_CLIENT_RATE=1000000 FORESIGHT_TOKEN_REFRESH_TOKEN_LIMIT_CLIENT_BURST=1000000 \
  FORESIGHT_TOKEN_REFRESH_TOKEN_LIMIT_ADDRESS_RATE=1000000 FORESIGHT_TOKEN_REFRESH_TOKEN_LIMIT_ADDRESS_BURST=1000000 \
  java -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
URL="http://127.0.0.1:$PORT"
mint() {   # one fresh refresh-token chain per wrk thread (a spent chain would read as reuse)
  : >"$TOKENS"
  for _ in $(seq 1 "$THREADS"); do
    { curl -sf "$URL/token" -d "grant_type=client_credentials&client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET" \
      | sed -E 's/.*"refresh_token" *: *"([^"]+)".*/\1/'; echo; } >>"$TOKENS"
  done
  [ "$(grep -c . "$TOKENS")" -eq "$THREADS" ] || { echo "could not mint $THREADS refresh tokens" >&2; cat "$TOKENS" >&2; exit 1; }
}
# warm-up: both workloads for WARMUP each, so the JIT has compiled the paths measured next
mint
wrk -t"$THREADS" -c"$THREADS" -d"$WARMUP" -s src/bench/token-rotation.lua "$URL" >/dev/null
wrk -t"$THREADS" -c"$THREADS" -d"$WARMUP" -s src/bench/client-credentials.lua "$URL" >/dev/null
mint
echo "rotation ($THREADS chains, $DURATION):"
wrk -t"$THREADS" -c"$THREADS" -d"$DURATION" --latency -s src/bench/token-rotation.lua "$URL" | tail -1
echo "baseline client_credentials ($THREADS connections, $DURATION):"
wrk -t"$THREADS" -c"$THREADS" -d"$DURATION" --latency -s src/bench/client-credentials.lua "$URL" | tail -1
