-- The MetaTrader 5 bridge (docs/mt5-bridge.md). An MT5 venue account is linked to one terminal
-- by a link token; only the token's SHA-256 is stored, so a leaked table links nothing.
create table mt5_links (
    account_id        bigint primary key references venue_accounts (id),
    token_hash        text not null unique,
    -- appended to a signal's symbol when no explicit broker name is set (EURUSD -> EURUSD.m)
    symbol_suffix     text not null default '',
    token_rotated_at  timestamptz not null,
    -- what the terminal said in its last hello
    terminal_login    text,
    terminal_server   text,
    margin_mode       text check (margin_mode in ('netting', 'hedging')),
    linked_at         timestamptz,
    created_at        timestamptz not null
);

-- Per-account broker names (XAUUSD -> GOLD, US30 -> US30.cash).
create table mt5_symbols (
    id             bigserial primary key,
    account_id     bigint not null references mt5_links (account_id),
    symbol         text not null,
    broker_symbol  text not null,
    unique (account_id, symbol)
);

-- Things an account's owner should hear about (a terminal down, back, not allowed to trade),
-- kept until the chat bot can deliver them; shown on GET /api/mt5/accounts/{id}/events.
create table account_events (
    id          bigserial primary key,
    account_id  bigint not null references venue_accounts (id),
    kind        text not null,
    detail      text not null,
    created_at  timestamptz not null
);
create index account_events_account on account_events (account_id, id desc);
