-- When a follow may enter trades, in its subscriber's time zone ("08:00-20:00"; may wrap midnight).
alter table follows add column trading_hours text;
