-- When the platform says a post was made (Telegram's date, Discord's snowflake time), beside when
-- it reached us: a post delivered late (a bot catching up after an outage) is as old as it really
-- is for a follow's max_signal_age.
alter table inbox_messages add column posted_at timestamptz;
