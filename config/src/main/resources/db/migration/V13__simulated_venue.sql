-- The simulated venue (tests and the bench): accounts on it, and its own order book when it
-- keeps one in the database, so a crash test can count what reached the "exchange" across
-- engine restarts. No unique key on the client order id on purpose: a duplicate must show.
alter table venue_accounts drop constraint venue_accounts_venue_check;
alter table venue_accounts add constraint venue_accounts_venue_check check (venue in ('PAPER', 'XCHANGE', 'MT5', 'SIM'));

create table sim_venue_orders (
    id               bigserial primary key,
    account_id       bigint not null,
    client_order_id  text not null,
    symbol           text not null,
    side             text not null,
    quantity         numeric not null,
    price            numeric not null,
    placed_at        timestamptz not null
);
create index sim_venue_orders_client on sim_venue_orders (client_order_id);
