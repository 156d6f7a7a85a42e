-- Pages as the signed-in sessions Tessera.LoadBench prepared, rotating through sessions and search terms. Searches are
-- POSTs (with each session's antiforgery token), so no child's name is in an address.
-- Run: TESSERA_BENCH_DIR=<dir> TESSERA_BENCH_PAGE=<open-concerns|child-search> wrk -s bench/wrk/pages.lua <url>
-- (wrk calls done() in a state where init() has not run, so settings come from the environment.)
package.path = "bench/wrk/?.lua;" .. package.path
local common = require("common")
local dir = os.getenv("TESSERA_BENCH_DIR")
local mode = os.getenv("TESSERA_BENCH_PAGE")
local cookies = common.lines(dir .. "/cookies.txt")
local surnames = common.lines(dir .. "/surnames.txt")
local tokens = common.lines(dir .. "/tokens.txt")
local counter = 0

function init(args)
  -- Threads start at different points so they do not walk the sessions in step.
  counter = math.random(1, 1000)
end

function request()
  counter = counter + 1
  local session = 1 + counter % #cookies
  if mode == "open-concerns" then
    return wrk.format("GET", "/concerns/open?page=" .. (1 + counter % 5), { ["Cookie"] = cookies[session] })
  end
  local body = "q=" .. surnames[1 + counter % #surnames] .. "&__RequestVerificationToken=" .. tokens[session]
  return wrk.format("POST", "/children", { ["Cookie"] = cookies[session], ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
end

function done(summary, latency, requests)
  common.report(mode, summary, latency)
end
