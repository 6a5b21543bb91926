-- The P&L each fill realised (before its fee), so a day's result can be summed for risk rules.
alter table fills add column realized_pnl numeric not null default 0;
-- a follow's daily loss limit: a percent of the day's starting balance ("5%") or an amount ("200")
alter table follows add column daily_loss_limit text;
