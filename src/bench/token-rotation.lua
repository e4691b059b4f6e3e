-- wrk script: each thread owns one connection and one refresh-token chain, and always presents
-- the newest token of its chain (the one the previous answer returned).
-- Tokens come from the file named by TOKENS (one per line, one per thread).
local client = os.getenv("CLIENT_ID")
local secret = os.getenv("CLIENT_SECRET")
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  local lines = {}
  for line in io.lines(os.getenv("TOKENS")) do lines[#lines + 1] = line end
  thread:set("token", lines[counter])
  table.insert(threads, thread)
end

function init(args)
  failed = 0
end

function request()
  return wrk.format("POST", "/token", {["Content-Type"] = "application/x-www-form-urlencoded"},
    "grant_type=refresh_token&client_id=" .. client .. "&client_secret=" .. secret .. "&refresh_token=" .. token)
end

function response(status, headers, body)
  if status == 200 then
    token = body:match('"refresh_token"%s*:%s*"([^"]+)"')
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format("rotations/s %.0f  p50 %.2f ms  p99 %.2f ms  refused %d  non-2xx %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    failures, summary.errors.status))
end
