-- The order plan of one ordering decision on an open signal (issue 5 part 4): its entry legs,
-- stop-loss leg and take-profit legs are rows of orders (plan_id, leg = 'entry-1', 'sl',
-- 'tp-2', or 'close' for a follow-up's close of what the plan holds). Exit legs wait as
-- WATCHING with armed = false until an entry fills; then a venue with native exits gets
-- them as NEW reduce-only STOP/LIMIT orders (PLACED once resting), otherwise they stay
-- WATCHING (armed) and the price watcher sends them at market when the price crosses.
create table order_plans (
    id                  bigserial primary key,
    decision_id         bigint not null unique references decisions (id),
    signal_id           bigint not null references signals (id),
    follow_id           bigint not null references follows (id),
    account_id          bigint not null references venue_accounts (id),
    symbol              text not null,
    side                text not null check (side in ('BUY', 'SELL')),
    quantity            numeric not null check (quantity > 0),
    entry_mode          text not null check (entry_mode in ('MARKET', 'LADDER')),
    tp_split            text not null check (tp_split in ('EQUAL', 'WEIGHTS', 'SINGLE')),
    -- each signal target's share (relative; 0 = no leg), in target order: leg tp-k uses the k-th
    tp_weights          text not null default '',
    exits               text not null check (exits in ('NATIVE', 'WATCHED')),
    -- the stop as it stands now (moved by breakeven, trailing, follow-ups, edits)
    stop_price          numeric,
    -- the stop as the provider last wrote it (an edit moves the stop only if nothing else did)
    signal_stop         numeric,
    breakeven_after_tp  integer,
    trailing_stop       text,
    -- the best price seen since the first entry filled (what a trailing stop follows)
    best_price          numeric,
    status              text not null check (status in ('OPEN', 'DONE')),
    status_reason       text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index order_plans_signal on order_plans (signal_id, account_id);
create index order_plans_open on order_plans (symbol) where status = 'OPEN';

alter table orders add column plan_id bigint references order_plans (id);
alter table orders add column leg text;
-- a plan exit's trigger (stop) or target (take-profit); for a native exit limit_price holds it too
alter table orders add column trigger_price numeric;
alter table orders add column armed boolean not null default false;
create index orders_plan on orders (plan_id) where plan_id is not null;
create index orders_watching on orders (symbol) where status = 'WATCHING';

-- What happened to a plan after its decision: exits armed, breakeven, trailing, one-cancels-
-- other, follow-ups, edits (each with the reason shown to the subscriber).
create table plan_events (
    id          bigserial primary key,
    plan_id     bigint not null references order_plans (id),
    signal_id   bigint references signals (id),
    kind        text not null,
    reason      text not null,
    created_at  timestamptz not null
);
create index plan_events_plan on plan_events (plan_id, id);
