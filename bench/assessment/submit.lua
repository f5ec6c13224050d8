-- wrk script of bench/assessment-submit.sh: each request submits the next draft of the list ("id token" per line,
-- the file named as first argument; the second is wrk's thread count). Thread i takes drafts i, i + threads, ...
-- Once a thread has run out, it submits its drafts again: those must be refused (409), never scored twice.
local threads = {}
local created = 0

function setup(thread)
  thread:set("thread_index", created)
  created = created + 1
  table.insert(threads, thread)
end

function init(args)
  drafts = {}
  for line in io.lines(args[1]) do
    local id, token = line:match("^(%S+) (%S+)$")
    table.insert(drafts, { id, token })
  end
  stride = tonumber(args[2])
  position = thread_index + 1
  statuses = {}
end

function request()
  if position > #drafts then
    position = thread_index + 1
  end
  local draft = drafts[position]
  position = position + stride
  return wrk.format("POST", "/api/v1/assessments/" .. draft[1] .. "/submit", { ["X-Resume-Token"] = draft[2] })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("HTTP %d: %d\n", status, count))
  end
end
