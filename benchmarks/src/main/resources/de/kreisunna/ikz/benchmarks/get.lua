-- wrk script: an authenticated GET; BENCH_TOKEN from the environment, the path from the command line.
request = function()
  local headers = {}
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  return wrk.format("GET", nil, headers, nil)
end

response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
