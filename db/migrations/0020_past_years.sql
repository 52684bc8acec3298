-- Figures of the years before the service was used, imported by policy staff from a CSV file,
-- so the amount's forecast and every comparison with last year work in the first year of use.
-- A year the service has its own scheme's requests for is never imported (those figures are real).
create table past_years (
    municipality_code      text not null references municipalities (code),
    year                   integer not null check (year between 2000 and 2100),
    requests               integer not null check (requests >= 0),
    caregivers             integer not null check (caregivers >= 0),
    -- The amount paid per unit (per request or per caregiver, as that year's scheme split it).
    amount_per_unit_cents  bigint not null check (amount_per_unit_cents >= 0),
    imported_at            timestamptz not null,
    imported_by            text not null,
    primary key (municipality_code, year)
);

-- Requests in the n-th week of that year's window (week 1: its first seven days).
create table past_year_weeks (
    municipality_code  text not null,
    year               integer not null,
    week               integer not null check (week between 1 and 53),
    requests           integer not null check (requests >= 0),
    primary key (municipality_code, year, week),
    foreign key (municipality_code, year) references past_years (municipality_code, year) on delete cascade
);

-- Requests over time counts a scheme's arrived units per week: with the day, the status and the
-- units in the index, a million requests are counted from the index alone.
create index requests_scheme_arrival on requests (scheme_id, submitted_at) include (status, units);
