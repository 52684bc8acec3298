-- wrk script for bench/intake.sh: valid, distinct requests. Every recipient and caregiver has a
-- name of its own (run, thread, counter), so none is refused as a second request for the same
-- recipient; no BSN (the field is optional), so no check digit to compute here.
local threads = 0

function setup(thread)
  thread:set("thread_id", threads)
  threads = threads + 1
end

function init(args)
  municipality, year, run = args[1], args[2], args[3]
  counter = 0
end

function request()
  counter = counter + 1
  local who = string.format("%s-%d-%d", run, thread_id, counter)
  local body = '{"municipality":"' .. municipality .. '","year":' .. year .. ',"submittedBy":"recipient",' ..
    '"recipient":{"name":"Zorgvrager ' .. who .. '","birthDate":"1941-05-17","postcode":"1211 AB",' ..
    '"houseNumber":"12","email":"r' .. who .. '@example.org"},' ..
    '"caregivers":[{"name":"Mantelzorger ' .. who .. '","birthDate":"1970-02-01","email":"m' .. who .. '@example.org",' ..
    '"iban":"NL91ABNA0417164300","consentToContact":true}]}'
  return wrk.format("POST", "/api/requests", { ["Content-Type"] = "application/json" }, body)
end
