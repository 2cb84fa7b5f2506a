-- wrk script: an authenticated GET; BENCH_TOKEN from the environment, the path from the command line.
request = function()
  local headers = {}
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  return wrk.format("GET", nil, headers, nil)
end

local reported = 0

response = function(status, headers, body)
  if status ~= 200 then
    reported = reported + 1
    if reported <= 3 then
      io.stderr:write("unexpected status " .. status .. "\n")
    end
  end
end
