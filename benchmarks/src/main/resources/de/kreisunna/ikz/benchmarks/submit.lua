-- wrk script: one new support request per call, each with an Idempotency-Key never used before.
-- Set by Benchmarks through environment variables: BENCH_TOKEN, BENCH_AGS and BENCH_RUN (unique per round, so a
-- round never replays the keys of an earlier one: a replay answers 200 and would measure no submission).
-- At the end it prints "Non-201 submissions: N"; Benchmarks refuses a round where N > 0.
local threads = {}
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("tid", tostring(next_thread))
  table.insert(threads, thread)
end

local counter = 0
unexpected = 0   -- a global, so done() can read it from each thread
local run = os.getenv("BENCH_RUN")

request = function()
  counter = counter + 1
  local body = '{"category":"APPLICATION_QUESTION","priority":"NORMAL","subject":"Benchmark",'
            .. '"description":"Frage zur Leistungsberechnung","ags":"' .. os.getenv("BENCH_AGS") .. '"}'
  local headers = {}
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = run .. "-" .. tid .. "-" .. counter
  return wrk.format("POST", "/support-requests", headers, body)
end

response = function(status, headers, body)
  if status ~= 201 then
    unexpected = unexpected + 1
    if unexpected <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
    end
  end
end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("unexpected")
  end
  io.write("Non-201 submissions: " .. total .. "\n")
end
