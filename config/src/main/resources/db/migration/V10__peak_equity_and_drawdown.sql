-- The highest balance an account has had, for the max-drawdown rule; and that rule's setting.
alter table venue_accounts add column peak_cash numeric;
update venue_accounts set peak_cash = cash;
alter table venue_accounts alter column peak_cash set not null;
alter table follows add column max_drawdown_pct numeric check (max_drawdown_pct > 0 and max_drawdown_pct < 100);
