-- More copy settings: how old a post may be, which symbols, how many trades a day.
alter table follows add column max_signal_age_seconds integer check (max_signal_age_seconds > 0);
alter table follows add column allowed_symbols text not null default '';
alter table follows add column denied_symbols text not null default '';
alter table follows add column max_trades_per_day integer check (max_trades_per_day > 0);
