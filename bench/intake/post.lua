-- wrk script for bench/intake.sh and bench/rush.sh: valid, distinct requests as citizens send them,
-- each with the recipient's BSN (which the service encrypts and hashes) and an Idempotency-Key.
-- Every recipient and caregiver has a name and a BSN of its own (run, thread, counter), so none is
-- refused or held in review as a second request for the same recipient.
--   wrk ... -s bench/intake/post.lua URL -- MUNICIPALITIES YEAR RUN
-- MUNICIPALITIES is one code (GM0402) or several separated by commas; each request picks one at
-- random (the opening rush). RUN is a number from 0 to 99, distinct per round against one database.
local threads = 0

function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function init(args)
  municipalities = {}
  for code in string.gmatch(args[1], "[^,]+") do
    municipalities[#municipalities + 1] = code
  end
  year, run = args[2], tonumber(args[3])
  counter = 0
  math.randomseed(run * 1000 + thread_id)
end

-- A BSN passes the 11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 is divisible by 11. The first eight digits
-- number the request (run, thread, counter); a number whose check digit would be 10 is skipped.
local function bsn(n)
  local digits = string.format("%08d", n)
  local sum = 0
  for i = 1, 8 do
    sum = sum + (10 - i) * tonumber(digits:sub(i, i))
  end
  local check = sum % 11
  if check == 10 then
    return nil
  end
  return digits .. check
end

function request()
  local number
  repeat
    counter = counter + 1
    -- Eight digits: two for the run, one for the thread, five for the counter (at most
    -- 99,999 requests per thread and round, some 2,500 a second over 40 s).
    number = bsn(run * 1000000 + (thread_id % 10) * 100000 + counter % 100000)
  until number
  local who = string.format("%d-%d-%d", run, thread_id, counter)
  local municipality = municipalities[math.random(#municipalities)]
  local body = '{"municipality":"' .. municipality .. '","year":' .. year .. ',"submittedBy":"recipient",' ..
    '"recipient":{"name":"Zorgvrager ' .. who .. '","birthDate":"1941-05-17","postcode":"1211 AB",' ..
    '"houseNumber":"12","bsn":"' .. number .. '","email":"r' .. who .. '@example.org"},' ..
    '"caregivers":[{"name":"Mantelzorger ' .. who .. '","birthDate":"1970-02-01","email":"m' .. who .. '@example.org",' ..
    '"iban":"NL91ABNA0417164300","consentToContact":true}]}'
  return wrk.format("POST", "/api/requests",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. who }, body)
end

-- The tail beyond wrk's own percentiles, for bench/rush.sh: "p99.9 MS" and "max MS".
function done(summary, latency, requests)
  io.write(string.format("p99.9 %.1f\nmax %.1f\n", latency:percentile(99.9) / 1000, latency.max / 1000))
end
