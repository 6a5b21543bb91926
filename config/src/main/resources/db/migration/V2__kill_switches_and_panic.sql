-- Kill switches (the global one for admins; per subscriber is subscribers.paused) and orders
-- that no signal asked for: an emergency stop closes positions on its own authority.

create table kill_switches (
    name        text primary key,
    engaged     boolean not null,
    reason      text,
    changed_by  text not null,
    changed_at  timestamptz not null
);

alter table orders alter column decision_id drop not null;
alter table orders alter column signal_id drop not null;
alter table orders add column origin text not null default 'SIGNAL' check (origin in ('SIGNAL', 'EMERGENCY_STOP'));
