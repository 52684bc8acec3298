-- The municipality's own figures of its caregivers, which the reach panel sets the caregivers
-- reached against (issue 14, item 5). Hilversum's, from CBS 1-1-2020 (002:374-392): 22,960 who
-- care long-term (longer than 3 months), 4,380 of them also intensively (more than 8 hours a
-- week), 2,433 heavily burdened. Set by policy staff; every change is on the audit trail.
create table municipality_population (
    municipality_code           text primary key references municipalities (code),
    long_term_caregivers        integer not null check (long_term_caregivers between 0 and 10000000),
    -- "Langdurig en intensief": a part of those who care long-term.
    intensive_caregivers        integer not null check (intensive_caregivers between 0 and 10000000),
    heavily_burdened_caregivers integer not null check (heavily_burdened_caregivers between 0 and 10000000),
    -- Where the figures come from and the year they describe, e.g. "CBS, 1 januari 2020" and 2020.
    source                      text not null check (length(source) between 1 and 200),
    figures_year                integer not null check (figures_year between 2000 and 2100),
    updated_at                  timestamptz not null,
    updated_by                  text not null,
    check (intensive_caregivers <= long_term_caregivers)
);

-- Requests by channel and by who applied, per scheme year, from the index alone.
create index requests_scheme_intake on requests (scheme_id, channel, submitted_by);
