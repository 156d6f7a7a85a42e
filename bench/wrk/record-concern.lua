-- POST concerns through the agency API with the key Tessera.LoadBench prepared, rotating through the agency's children.
-- Run: TESSERA_BENCH_DIR=<dir> wrk -s bench/wrk/record-concern.lua <url>
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")
local dir = os.getenv("TESSERA_BENCH_DIR")
local children = common.lines(dir .. "/children.txt")
local key = common.lines(dir .. "/apikey.txt")[1]
local counter = 0

function init(args)
  counter = math.random(1, 1000)
end

function request()
  counter = counter + 1
  local body = '{"childRecordId":"' .. children[1 + counter % #children] .. '","categoryCode":"neglect","levelOfNeed":2,'
    .. '"whatHappened":"Load test: arrived hungry and without a coat.","childSaid":"Load test: I did not have breakfast."}'
  return wrk.format("POST", "/api/v1/concerns", { ["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
  common.report("api-record-concern", summary, latency)
end
