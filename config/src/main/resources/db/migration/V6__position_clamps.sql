-- Clamps on a sized position, as a percent of the account's balance.
alter table follows add column min_position_pct numeric check (min_position_pct > 0 and min_position_pct <= 100);
alter table follows add column max_position_pct numeric check (max_position_pct > 0 and max_position_pct <= 1000);
