-- Budget lines that fund a municipality's caregiver support per year, the collective costs
-- charged to them, the awards granted from them, and every recompute of the amount per unit.
-- The invariant "never overspent" lives here, in CHECK constraints, not only in application code.

create table budget_lines (
    id                  bigint generated always as identity primary key,
    municipality_code   text not null references municipalities (code),
    year                integer not null check (year between 2000 and 2100),
    code                text not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name                text not null check (length(name) between 1 and 200),
    source              text not null check (source in ('spuk', 'municipal', 'other')),
    -- A SPUK grant's code (e.g. GALA) and the last year it funds (SPUK GALA: up to 2026).
    grant_code          text,
    grant_last_year     integer,
    amount_cents        bigint not null check (amount_cents between 0 and 100000000000),
    funds_appreciation  boolean not null,
    -- Collective costs (the caregivers' week) charged to the line.
    expended_cents      bigint not null default 0 check (expended_cents >= 0),
    -- Awards granted from the line; paid_cents is the part already paid out.
    awarded_cents       bigint not null default 0 check (awarded_cents >= 0),
    paid_cents          bigint not null default 0 check (paid_cents >= 0 and paid_cents <= awarded_cents),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    unique (municipality_code, year, code),
    -- Never overspent: what is charged to a line never exceeds its amount.
    constraint budget_lines_not_overspent check (expended_cents + awarded_cents <= amount_cents),
    check ((source = 'spuk') = (grant_code is not null)),
    check (grant_last_year is null or grant_last_year between 2000 and 2100)
);

create table expenditures (
    id              bigint generated always as identity primary key,
    budget_line_id  bigint not null references budget_lines (id),
    amount_cents    bigint not null check (amount_cents > 0),
    description     text not null check (length(description) between 1 and 500),
    recorded_by     text not null,
    recorded_at     timestamptz not null
);

-- Which line pays which caregiver's award. An award may be spread over lines when one runs out;
-- paid turns true when the payment of that award is booked, and back when the bank returns it.
create table award_charges (
    request_id          uuid not null,
    caregiver_position  integer not null,
    budget_line_id      bigint not null references budget_lines (id),
    amount_cents        bigint not null check (amount_cents > 0),
    paid                boolean not null default false,
    primary key (request_id, caregiver_position, budget_line_id),
    foreign key (request_id, caregiver_position) references request_caregivers (request_id, position)
);

create table amount_recomputes (
    id                       bigint generated always as identity primary key,
    scheme_id                bigint not null references schemes (id),
    computed_at              timestamptz not null,
    reason                   text not null check (reason in ('scheduled', 'volume', 'manual', 'close')),
    available_cents          bigint not null,
    granted_cents            bigint not null,
    open_units               integer not null,
    forecast_units           integer not null,
    forecast_method          text not null,
    result_cents             bigint not null,
    below_floor              boolean not null,
    budget_exhausted         boolean not null
);

create index amount_recomputes_scheme on amount_recomputes (scheme_id, computed_at);

alter table schemes add column below_floor boolean not null default false;
alter table schemes add column budget_exhausted boolean not null default false;
-- Payout mode afterClose: when the window closed, one final amount was fixed for everyone.
alter table schemes add column finalized_at timestamptz;
alter table requests add column decided_at timestamptz;
alter table requests add column decided_by text;
alter table requests add column reason_code text;
alter table requests add column reason text;
-- When the award was charged to the budget: at approval (rolling) or when the window closed (afterClose).
alter table requests add column granted_at timestamptz;

-- Units a request counts for in the amount policy: 1 per request, or its number of caregivers
-- when the scheme pays per caregiver. Kept on the row so recomputes aggregate without joins.
alter table requests add column units integer not null default 1 check (units between 1 and 10);
create index requests_scheme_submitted on requests (scheme_id, submitted_at);
-- Lets a recompute sum a scheme's units per status from the index alone.
create index requests_scheme_status_units on requests (scheme_id, status) include (units, granted_at);
drop index requests_scheme_status;
