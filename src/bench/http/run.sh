#!/usr/bin/env bash
# HTTP load figures against a running `./foresight up`, each endpoint beside a baseline measured
# in the same run (the function's own /q/health/live, which does no work of Foresight's).
#   src/bench/http/run.sh [DURATION] [CONNECTIONS]
# Needs wrk (apt-get install wrk). Prints one Markdown table row per endpoint.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
HERE="$ROOT/src/bench/http"
DURATION="${1:-15s}"
CONNS="${2:-16}"
SECRET="$(cat "$ROOT/.foresight/admin-secret")"
TOKEN="$(curl -fsS -d grant_type=client_credentials -d client_id=admin -d client_secret="$SECRET" \
  http://127.0.0.1:8081/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
export TOKEN
TMP="$(mktemp -d)"
python3 - "$TMP/predict.json" <<'PY'
import json, math, sys
values = [120 + 0.8 * i + 6 * math.sin(i / 5) for i in range(240)]
json.dump({"series": {"metric": "latency_ms", "stepSeconds": 60, "values": values, "limit": 500}}, open(sys.argv[1], "w"))
PY
echo '{"type":"latency","service":"checkout","summary":"load test alert","confidence":0.4,"labels":{"run":"wrk"}}' >"$TMP/alert.json"

rps() { sed -n 's/^Requests\/sec:[[:space:]]*//p'; }
p99() { sed -n 's/^[[:space:]]*99%[[:space:]]*//p'; }
measure() { # label url script [body]
  local out; out="$(BODY_FILE="${4:-}" wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s "$HERE/$3" "$2")"
  if echo "$out" | grep -q "Non-2xx"; then
    echo "$1: some responses were not 2xx; the figure would be meaningless" >&2; echo "$out" >&2; exit 1
  fi
  echo "$(echo "$out" | rps) $(echo "$out" | p99)"
}
echo "| endpoint | req/s | p99 | baseline req/s (health, same port) | ratio |"
echo "|---|---|---|---|---|"
row() { # label port path script body
  read -r base _ < <(measure base "http://127.0.0.1:$2/q/health/live" get.lua)
  read -r r p < <(measure "$1" "http://127.0.0.1:$2$3" "$4" "${5:-}")
  printf '| %s | %s | %s | %s | %.2f |\n' "$1" "$r" "$p" "$base" "$(echo "$r / $base" | bc -l)"
}
row "POST /predict (inline, 240 points)" 8082 /predict post.lua "$TMP/predict.json"
row "POST /alerts (dedup path)" 8083 /alerts post.lua "$TMP/alert.json"
row "GET /services" 8085 /services get.lua
row "GET /.well-known/jwks.json" 8081 /.well-known/jwks.json get.lua
rm -rf "$TMP"
