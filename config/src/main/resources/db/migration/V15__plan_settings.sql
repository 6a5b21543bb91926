-- How a follow's orders are planned (issue 5 part 1): take-profit split, entry ladder,
-- breakeven after a target, trailing stop, fixed leverage. Null means "not set here": the
-- subscriber's default applies, then the built-in one. The application validates and names
-- the setting; these checks only keep a hand-written row sane.
alter table follows add column tp_split text check (tp_split in ('EQUAL', 'WEIGHTS', 'SINGLE'));
alter table follows add column tp_weights text;              -- space-separated positive decimals
alter table follows add column tp_single_target text check (tp_single_target in ('FIRST', 'LAST'));
alter table follows add column entry_mode text check (entry_mode in ('MARKET', 'LADDER'));
alter table follows add column ladder_legs integer check (ladder_legs between 2 and 10);
alter table follows add column breakeven_after_tp integer check (breakeven_after_tp between 1 and 10);
alter table follows add column trailing_stop text;           -- "2%" or a price distance "150"
alter table follows add column fixed_leverage integer check (fixed_leverage between 1 and 125);
alter table follows add constraint follows_one_leverage check (max_leverage is null or fixed_leverage is null);

-- A subscriber's defaults for the same settings, filling what a follow leaves unset.
create table subscriber_defaults (
    subscriber_id       bigint primary key references subscribers (id),
    tp_split            text check (tp_split in ('EQUAL', 'WEIGHTS', 'SINGLE')),
    tp_weights          text,
    tp_single_target    text check (tp_single_target in ('FIRST', 'LAST')),
    entry_mode          text check (entry_mode in ('MARKET', 'LADDER')),
    ladder_legs         integer check (ladder_legs between 2 and 10),
    breakeven_after_tp  integer check (breakeven_after_tp between 1 and 10),
    trailing_stop       text,
    max_leverage        integer check (max_leverage between 1 and 125),
    fixed_leverage      integer check (fixed_leverage between 1 and 125),
    updated_at          timestamptz not null,
    check (max_leverage is null or fixed_leverage is null)
);
