-- Shared by the wrk scripts: reads what Tessera.LoadBench prepared and prints percentiles in one line.
local common = {}

function common.lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

function common.report(name, summary, latency)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "workload=%s requests=%d seconds=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f rps=%.0f errors=%d\n",
    name, summary.requests, seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / seconds, errors))
end

return common
