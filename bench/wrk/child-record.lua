-- GET child record pages (each read is audited before the page is sent) as the sessions Tessera.LoadBench prepared.
-- Run: TESSERA_BENCH_DIR=<dir> wrk -s bench/wrk/child-record.lua <url>
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")
local dir = os.getenv("TESSERA_BENCH_DIR")
local name = os.getenv("TESSERA_BENCH_NAME") or "child-record"
local cookies = common.lines(dir .. "/cookies.txt")
local children = common.lines(dir .. "/children.txt")
local counter = 0

function init(args)
  counter = math.random(1, 1000)
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/children/" .. children[1 + counter % #children], { ["Cookie"] = cookies[1 + counter % #cookies] })
end

function done(summary, latency, requests)
  common.report(name, summary, latency)
end
