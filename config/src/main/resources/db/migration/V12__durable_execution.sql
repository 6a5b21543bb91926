-- Durable execution: a job is NEW (due at next_attempt_at, null = now), SENDING while a worker
-- holds its lease (an expired lease means the worker died mid-call: reconcile by client order
-- id before anything is sent again), then PLACED (resting on the venue), FILLED, REJECTED (the
-- venue refused), FAILED (gave up after retries, with why) or CANCELLED. WATCHING is an exit
-- the engine keeps itself until the price reaches its trigger.
alter table orders drop constraint orders_status_check;
alter table orders add constraint orders_status_check
    check (status in ('NEW', 'SENDING', 'PLACED', 'WATCHING', 'FILLED', 'REJECTED', 'FAILED', 'CANCELLED'));
alter table orders add column next_attempt_at timestamptz;
alter table orders add column lease_until timestamptz;
drop index if exists orders_new;
create index orders_due on orders (id) where status in ('NEW', 'SENDING');

-- An account is disabled after N consecutive venue errors, with the reason shown to its owner.
alter table venue_accounts add column consecutive_errors integer not null default 0;
alter table venue_accounts add column disabled_reason text;
