-- The paper venue's own order book (issue 5 part 7, paper half): every order it was sent,
-- keyed by the client order id, so query() answers from the venue's side. Market orders fill
-- at once; LIMIT and STOP orders rest as WORKING until a price crosses them.
create table paper_orders (
    id               bigserial primary key,
    account_id       bigint not null references venue_accounts (id),
    client_order_id  text not null unique,
    symbol           text not null,
    side             text not null check (side in ('BUY', 'SELL')),
    type             text not null check (type in ('MARKET', 'LIMIT', 'STOP')),
    quantity         numeric not null check (quantity > 0),
    -- the limit of a LIMIT, the trigger of a STOP
    price            numeric,
    reduce_only      boolean not null default false,
    status           text not null check (status in ('WORKING', 'FILLED', 'CANCELLED')),
    fill_price       numeric,
    fee              numeric,
    reason           text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);
create index paper_orders_working on paper_orders (symbol) where status = 'WORKING';
