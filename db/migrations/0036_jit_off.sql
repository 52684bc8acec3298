-- PostgreSQL's JIT compiles a statement whose estimated cost passes jit_above_cost (100,000). The
-- recompute's and the dashboard's sums over a scheme's requests pass it at about 1.25 million
-- requests of one scheme, and compiling took longer than running them (70 ms on an idle machine,
-- over a second under load; bench/budget.sh). Off for this database, for sessions started from now on.
-- ALTER DATABASE needs the database's owner: a service user that is not the owner gets a warning
-- saying what to run, and the migration is still applied (the statements are correct either way).
do $$
begin
    execute format('alter database %I set jit = off', current_database());
exception when insufficient_privilege then
    raise warning 'JIT stays on for database %: run "alter database % set jit = off;" as its owner (README, Operations)',
        current_database(), current_database();
end
$$;
