-- wrk's summary as one line of JSON for bench/measure.py: requests, errors, latency percentiles.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d,'
      .. ' "p50_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(99)))
end
