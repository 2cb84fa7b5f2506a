-- wrk script: one new support request per call, each with its own Idempotency-Key.
-- Set by Benchmarks through environment variables: BENCH_TOKEN, BENCH_AGS.
local counter = 0
local prefix = tostring(math.random(1, 1e9))

function setup(thread)
  thread:set("tid", tostring(math.random(1, 1e9)))
end

request = function()
  counter = counter + 1
  local body = '{"category":"APPLICATION_QUESTION","priority":"NORMAL","subject":"Benchmark",'
            .. '"description":"Frage zur Leistungsberechnung","ags":"' .. os.getenv("BENCH_AGS") .. '"}'
  local headers = {}
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = prefix .. "-" .. tostring(tid) .. "-" .. counter
  return wrk.format("POST", "/support-requests", headers, body)
end

local reported = 0

response = function(status, headers, body)
  if status ~= 201 then
    reported = reported + 1
    if reported <= 3 then
      io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
    end
  end
end
