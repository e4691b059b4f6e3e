-- POST /api/v2/alerts with BATCH alerts per request, cycling through DISTINCT alerts spread over
-- GROUPS groups (labels alertname, group, instance); each wrk thread starts at its own offset.
-- Env: BATCH (1), DISTINCT (10000), GROUPS (500), TOKEN (sent as a bearer token when set).
local batch = tonumber(os.getenv("BATCH") or "1")
local distinct = tonumber(os.getenv("DISTINCT") or "10000")
local groups = tonumber(os.getenv("GROUPS") or "500")
local token = os.getenv("TOKEN")
local threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
  counter = offset or 0
end

function request()
  local parts = {}
  for i = 1, batch do
    local id = counter % distinct
    counter = counter + 1
    parts[i] = string.format(
      '{"labels":{"alertname":"StormTest","group":"g%d","instance":"i%d","severity":"warning"},' ..
      '"annotations":{"summary":"storm alert %d"},"generatorURL":"http://prometheus.example/graph"}',
      id % groups, id, id)
  end
  return wrk.format(nil, nil, nil, "[" .. table.concat(parts, ",") .. "]")
end

function done(summary, latency, requests)
  io.write(string.format("requests %d non2xx %d p50_ms %.2f p99_ms %.2f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
