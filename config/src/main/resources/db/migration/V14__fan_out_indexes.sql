-- Lookups each follower's decision makes (entries today, the day's result, the account's jobs),
-- and the signal's own jobs: without these every decision scans whole tables, so a fan-out
-- slows as history grows.
create index decisions_follow_created on decisions (follow_id, created_at);
create index orders_signal on orders (signal_id);
create index orders_account_status on orders (account_id, status);
create index fills_order on fills (order_id);
