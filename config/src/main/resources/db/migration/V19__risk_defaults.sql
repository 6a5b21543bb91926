-- A subscriber's defaults cover sizing and risk settings too: a follow may leave sizing (mode
-- and value, as a pair) and require_stop_loss unset, and every risk limit, to take them.
alter table follows alter column sizing_mode drop not null;
alter table follows alter column sizing_value drop not null;
alter table follows alter column require_stop_loss drop not null;
alter table follows alter column require_stop_loss drop default;
alter table follows add constraint follows_sizing_pair check ((sizing_mode is null) = (sizing_value is null));

alter table subscriber_defaults add column sizing_mode text
    check (sizing_mode in ('FIXED_QUOTE', 'EQUITY_PERCENT', 'RISK_PERCENT', 'KELLY'));
alter table subscriber_defaults add column sizing_value numeric check (sizing_value > 0);
alter table subscriber_defaults add constraint subscriber_defaults_sizing_pair
    check ((sizing_mode is null) = (sizing_value is null));
alter table subscriber_defaults add column require_stop_loss boolean;
alter table subscriber_defaults add column max_open_positions integer check (max_open_positions >= 1);
alter table subscriber_defaults add column max_signal_age_seconds integer check (max_signal_age_seconds > 0);
alter table subscriber_defaults add column allowed_symbols text not null default '';
alter table subscriber_defaults add column denied_symbols text not null default '';
alter table subscriber_defaults add column max_trades_per_day integer check (max_trades_per_day > 0);
alter table subscriber_defaults add column min_position_pct numeric;
alter table subscriber_defaults add column max_position_pct numeric;
alter table subscriber_defaults add column trading_hours text;
alter table subscriber_defaults add column daily_loss_limit text;
alter table subscriber_defaults add column max_drawdown_pct numeric;
