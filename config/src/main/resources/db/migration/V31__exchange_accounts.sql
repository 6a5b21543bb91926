-- Which exchange an XCHANGE venue account trades on, through which XChange module, and where:
-- base_url overrides the module's own API address (tests and the bench point it at 127.0.0.1).
create table exchange_accounts (
    account_id  bigint primary key references venue_accounts (id),
    exchange    text not null,
    market      text not null check (market in ('SPOT', 'FUTURES')),
    base_url    text,
    created_at  timestamptz not null
);
