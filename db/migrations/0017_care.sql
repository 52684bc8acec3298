-- The caregiver's own answers, kept per year, and the support on offer, per municipality.

-- What a caregiver reports in a scheme year's check-in belongs to that year: a later year's
-- answer must not rewrite last year's reach (DOMAIN.md "Who the caregivers are"). Kept only while
-- consent is given, like the register's personal fields: withdrawing it deletes the rows.
create table caregiver_year_answers (
    register_id    uuid not null references caregiver_register (id) on delete cascade,
    scheme_id      bigint not null references schemes (id),
    -- The groups a caregiver ticks (src/Domain/Contact/TargetGroup.cs, TargetGroups.Asked).
    target_groups  text[] not null default '{}'
        constraint caregiver_year_answers_target_groups_check
        check (target_groups <@ array['working', 'dementiaOrBrainInjury', 'mentalIllness', 'parentOfChild']),
    -- Optional, and sensitive (AVG art. 9); null: not answered.
    background     text check (background in ('nonWestern', 'other', 'preferNotToSay')),
    answered_at    timestamptz not null,
    primary key (register_id, scheme_id)
);

-- The register's groups move to the year of the check-in that gave them (its latest answered
-- one). "familiezorg" was offered as a group but is a word, not a background: it is not
-- carried over, since ticking it did not answer the optional question about a background.
insert into caregiver_year_answers (register_id, scheme_id, target_groups, answered_at)
select distinct on (g.id) g.id, i.scheme_id, array(select t from unnest(g.target_groups) t where t <> 'familiezorg'), i.answered_at
from caregiver_register g join check_ins i on i.register_id = g.id and i.answered_at is not null
where g.consent = 'given' and g.target_groups <> '{}'
order by g.id, i.answered_at desc;

-- Dropping the column drops the check that named it; the rest of that check comes back.
alter table caregiver_register drop column target_groups;
alter table caregiver_register add constraint caregiver_register_personal_fields_check
    check (consent = 'given' or (name is null and birth_date is null and email is null));

create function caregiver_year_answers_follow_consent() returns trigger language plpgsql as $$
begin
    delete from caregiver_year_answers where register_id = new.id;
    return new;
end $$;

-- Every way consent ends (a link, an officer, a new request) empties the register entry; the
-- year answers go with it, whichever code path made the change.
create trigger caregiver_register_consent_ended
    after update of consent on caregiver_register
    for each row when (new.consent <> 'given')
    execute function caregiver_year_answers_follow_consent();

-- The support on offer to caregivers, which every mail to a caregiver lists (DOMAIN.md "Support
-- on offer"): each municipality has its own organisations, in the order the mails show them.
create table municipality_support (
    municipality_code  text not null references municipalities (code),
    position           integer not null check (position between 1 and 10),
    name               text not null,
    offers             text not null,
    phone              text,
    website            text,
    primary key (municipality_code, position)
);
