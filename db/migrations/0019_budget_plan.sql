-- A municipality's multi-year plan, as the financial table of its policy plan (Hilversum
-- 2024-2030, 002:1545-1577): income per source and planned spending per line, per year. Policy
-- staff enter it; the dashboard sets it against what is actually charged to the budget lines.

create table budget_plans (
    municipality_code  text primary key references municipalities (code),
    first_year         integer not null check (first_year between 2000 and 2100),
    last_year          integer not null check (last_year between first_year and 2100),
    updated_at         timestamptz not null
);

create table budget_plan_rows (
    id                 bigint generated always as identity primary key,
    municipality_code  text not null references budget_plans (municipality_code),
    -- Income ("budgetten") or planned spending ("uitgaven"): src/Domain/Budget/PlanRowKind.cs.
    kind               text not null check (kind in ('income', 'spending')),
    name               text not null check (length(name) between 1 and 200),
    -- Where income comes from (src/Domain/Budget/FundingSource.cs); spending has none.
    source             text check (source in ('spuk', 'municipal', 'other')),
    -- A SPUK grant's code (GALA) and the last year it funds (SPUK GALA: 2026).
    grant_code         text check (length(grant_code) between 1 and 40),
    grant_last_year    integer check (grant_last_year between 2000 and 2100),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check ((kind = 'income') = (source is not null)),
    check (coalesce(source = 'spuk', false) = (grant_code is not null and grant_last_year is not null))
);

create index budget_plan_rows_municipality on budget_plan_rows (municipality_code);

-- One amount per row and year of the plan; a year without one counts as 0.
create table budget_plan_amounts (
    row_id        bigint not null references budget_plan_rows (id) on delete cascade,
    year          integer not null check (year between 2000 and 2100),
    amount_cents  bigint not null check (amount_cents between 0 and 100000000000),
    primary key (row_id, year)
);
