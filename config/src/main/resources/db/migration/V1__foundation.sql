-- The first schema: the whole pipeline from a raw message to positions.
-- Prices, quantities and money are NUMERIC (exact); timestamps are timestamptz.

create table providers (
    id          bigserial primary key,
    source      text not null check (source in ('DISCORD', 'TELEGRAM', 'TRADINGVIEW', 'REST', 'REPLAY')),
    channel     text not null,
    name        text not null,
    created_at  timestamptz not null,
    unique (source, channel)
);

create table subscribers (
    id          bigserial primary key,
    name        text not null unique,
    time_zone   text not null default 'UTC',
    paused      boolean not null default false,
    created_at  timestamptz not null
);

create table venue_accounts (
    id             bigserial primary key,
    subscriber_id  bigint not null references subscribers (id),
    venue          text not null check (venue in ('PAPER', 'XCHANGE', 'MT5')),
    label          text not null,
    currency       text not null,
    -- cash balance of a paper account; real venues report theirs
    cash           numeric not null default 0,
    disabled       boolean not null default false,
    created_at     timestamptz not null,
    unique (subscriber_id, label)
);

create table follows (
    id                  bigserial primary key,
    subscriber_id       bigint not null references subscribers (id),
    provider_id         bigint not null references providers (id),
    account_id          bigint not null references venue_accounts (id),
    sizing_mode         text not null check (sizing_mode in ('FIXED_QUOTE', 'EQUITY_PERCENT', 'RISK_PERCENT')),
    sizing_value        numeric not null check (sizing_value > 0),
    max_leverage        integer check (max_leverage between 1 and 125),
    require_stop_loss   boolean not null default false,
    max_open_positions  integer check (max_open_positions >= 1),
    active              boolean not null default true,
    created_at          timestamptz not null,
    unique (provider_id, account_id)
);

create table inbox_messages (
    id            bigserial primary key,
    source        text not null,
    channel       text not null,
    message_id    text not null,
    author        text,
    text          text not null,
    reply_to      text,
    received_at   timestamptz not null,
    status        text not null check (status in ('RECEIVED', 'PARSED', 'UNROUTED')),
    status_reason text,
    unique (source, channel, message_id)
);

create table signals (
    id                bigserial primary key,
    inbox_message_id  bigint not null unique references inbox_messages (id),
    provider_id       bigint not null references providers (id),
    parent_signal_id  bigint references signals (id),
    kind              text not null check (kind in ('OPEN', 'UPDATE', 'NONE')),
    symbol            text,
    side              text check (side in ('BUY', 'SELL')),
    order_type        text check (order_type in ('MARKET', 'LIMIT', 'STOP')),
    entry             numeric,
    entry_low         numeric,
    entry_high        numeric,
    stop_loss         numeric,
    take_profits      text not null default '',  -- space-separated decimals, message order
    leverage          integer,
    action            text,
    fraction          numeric,
    new_sl            numeric,
    new_sl_breakeven  boolean not null default false,
    tp_index          integer,
    reason            text,
    parser            text not null,
    routed            boolean not null default false,
    created_at        timestamptz not null
);
create index signals_provider_symbol on signals (provider_id, symbol, id desc);

create table decisions (
    id             bigserial primary key,
    signal_id      bigint not null references signals (id),
    follow_id      bigint not null references follows (id),
    subscriber_id  bigint not null references subscribers (id),
    account_id     bigint not null references venue_accounts (id),
    outcome        text not null check (outcome in ('ORDERED', 'APPLIED', 'NOTED', 'REFUSED')),
    rule           text,
    reason         text not null,
    created_at     timestamptz not null,
    unique (signal_id, follow_id)
);

create table orders (
    id               bigserial primary key,
    decision_id      bigint not null references decisions (id),
    signal_id        bigint not null references signals (id),
    account_id       bigint not null references venue_accounts (id),
    client_order_id  text not null unique,
    venue            text not null,
    symbol           text not null,
    side             text not null check (side in ('BUY', 'SELL')),
    type             text not null check (type in ('MARKET', 'LIMIT', 'STOP')),
    intent           text not null check (intent in ('OPEN', 'CLOSE')),
    quantity         numeric not null check (quantity > 0),
    limit_price      numeric,
    -- the signal's price, which a paper fill uses when no ticker is known
    reference_price  numeric,
    status           text not null check (status in ('NEW', 'PLACED', 'FILLED', 'REJECTED', 'CANCELLED')),
    status_reason    text,
    venue_order_id   text,
    attempts         integer not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index orders_new on orders (id) where status = 'new';

create table fills (
    id         bigserial primary key,
    order_id   bigint not null references orders (id),
    quantity   numeric not null check (quantity > 0),
    price      numeric not null check (price > 0),
    fee        numeric not null default 0,
    filled_at  timestamptz not null
);

create table positions (
    id                   bigserial primary key,
    account_id           bigint not null references venue_accounts (id),
    symbol               text not null,
    -- signed: positive is long, negative is short, zero is flat
    quantity             numeric not null,
    average_price        numeric not null,
    realized_pnl         numeric not null default 0,
    stop_loss            numeric,
    opened_by_signal_id  bigint references signals (id),
    updated_at           timestamptz not null,
    unique (account_id, symbol)
);

-- the latest known market price per symbol (a ticker feed writes here)
create table prices (
    symbol      text primary key,
    price       numeric not null check (price > 0),
    updated_at  timestamptz not null
);

create table audit_log (
    id       bigserial primary key,
    at       timestamptz not null,
    actor    text not null,
    action   text not null,
    subject  text not null,
    detail   text
);
