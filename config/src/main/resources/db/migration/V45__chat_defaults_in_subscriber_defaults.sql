-- /risk without a channel now writes the engine's subscriber_defaults (the row the defaults API
-- reads and writes), so the chat keeps no defaults of its own.
drop table chat_risk_defaults;
