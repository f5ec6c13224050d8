-- Makes wrk send at a fixed rate instead of as fast as it can: each thread keeps a schedule of evenly spaced
-- slots and each request waits for its slot (a request already late goes at once), so the rate does not depend on
-- the latency measured. Usage: wrk -t<threads> -c<connections> --latency -s bench/paced.lua <url> -- <rate per thread>
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } paced_timespec;
int clock_gettime(int clock, paced_timespec *ts);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("paced_timespec")
local interval_ms, next_slot_ms

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

function init(args)
  interval_ms = 1000 / tonumber(args[1])
end

function delay()
  local now = now_ms()
  local slot = next_slot_ms or now
  next_slot_ms = slot + interval_ms
  return math.max(0, math.floor(slot - now))
end

-- the tail beyond wrk's own --latency percentiles
function done(summary, latency, requests)
  for _, percentile in ipairs({ 99.9, 99.99 }) do
    io.write(string.format("p%g %.2fms\n", percentile, latency:percentile(percentile) / 1000))
  end
end
