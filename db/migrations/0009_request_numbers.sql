-- Request numbers (the 000123 of GM0402-2026-000123) come from a sequence per scheme. The counter
-- in schemes.last_request_number made every request of a scheme wait for the one before it to
-- commit; at the season's opening that queue, not the machine, set the pace. A sequence hands
-- out numbers without a lock. A number is drawn after the request passed every check, so a gap
-- is left only by a request that fails after that (a lost connection, a database error).
-- schemes.last_request_number keeps the last number the counter gave and is no longer written.

create function create_request_number_sequence() returns trigger language plpgsql as $$
begin
    execute format('create sequence request_numbers_%s start with %s', new.id, new.last_request_number + 1);
    return new;
end
$$;

create trigger schemes_request_numbers after insert on schemes
    for each row execute function create_request_number_sequence();

do $$
declare
    s record;
begin
    for s in select id, last_request_number from schemes loop
        execute format('create sequence request_numbers_%s start with %s', s.id, s.last_request_number + 1);
    end loop;
end
$$;
