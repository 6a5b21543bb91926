-- The chat bots (issue 8): who is who on a chat platform, the channels a bot has seen, the
-- update offset, confirmations of destructive commands, notification preferences and the
-- notification outbox. Platform user and chat ids are text: Discord's do not fit a bigint.

-- A chat user who sent /start, and the chat their direct messages go to.
create table chat_identities (
    id             bigserial primary key,
    platform       text not null check (platform in ('TELEGRAM', 'DISCORD')),
    user_id        text not null,
    subscriber_id  bigint not null references subscribers (id),
    dm_chat_id     text not null,
    created_at     timestamptz not null,
    unique (platform, user_id),
    unique (platform, subscriber_id)
);

-- A channel or group the bot has seen a post in; each is a provider from then on.
create table chat_channels (
    id             bigserial primary key,
    platform       text not null check (platform in ('TELEGRAM', 'DISCORD')),
    chat_id        text not null,
    kind           text not null check (kind in ('CHANNEL', 'GROUP')),
    username       text,
    title          text,
    provider_id    bigint not null references providers (id),
    first_seen_at  timestamptz not null,
    last_seen_at   timestamptz not null,
    unique (platform, chat_id)
);
create index chat_channels_username on chat_channels (platform, lower(username));

-- The next update a bot asks its platform for: written after each update is handled.
create table chat_offsets (
    bot             text primary key,
    next_update_id  bigint not null,
    updated_at      timestamptz not null
);

-- A destructive command waiting for its asker's press; a token is used at most once.
create table chat_confirmations (
    token          text primary key,
    platform       text not null,
    user_id        text not null,
    subscriber_id  bigint not null references subscribers (id),
    action         text not null check (action in ('CLOSE', 'PANIC')),
    argument       text,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    used_at        timestamptz,
    outcome        text
);

-- Settings /risk applies to a subscriber's next follows (key=value pairs, as /risk shows them).
create table chat_risk_defaults (
    subscriber_id  bigint primary key references subscribers (id),
    settings       text not null,
    updated_at     timestamptz not null
);

-- An edit of a post, once: what it amended (or why nothing).
create table post_edits (
    source      text not null,
    channel     text not null,
    message_id  text not null,
    edit_key    text not null,
    text        text not null,
    outcome     text not null,
    created_at  timestamptz not null,
    primary key (source, channel, message_id, edit_key)
);

-- /notify: per event kind, ON, SILENT (no sound) or OFF; no row means ON.
create table notify_preferences (
    subscriber_id  bigint not null references subscribers (id),
    kind           text not null check (kind in ('ORDERS', 'REFUSALS', 'EXITS', 'CLOSES', 'VENUE')),
    mode           text not null check (mode in ('ON', 'SILENT', 'OFF')),
    primary key (subscriber_id, kind)
);

-- The outbox: every notice is stored before it is sent, once per event and chat (dedupe_key).
create table notifications (
    id             bigserial primary key,
    dedupe_key     text not null unique,
    subscriber_id  bigint not null references subscribers (id),
    platform       text not null,
    chat_id        text not null,
    kind           text not null,
    text           text not null,
    silent         boolean not null default false,
    status         text not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts       integer not null default 0,
    due_at         timestamptz not null,
    created_at     timestamptz not null,
    sent_at        timestamptz,
    last_error     text
);
create index notifications_pending on notifications (platform, id) where status = 'PENDING';

-- How far the notifier has read the engine's tables (rows with ids up to last_id are done).
create table notify_cursors (
    name     text primary key,
    last_id  bigint not null
);

-- The last state of each account the notifier told its owner about (down or up).
create table notify_venue_state (
    account_id  bigint primary key references venue_accounts (id),
    disabled    boolean not null
);

-- Orders a subscriber closed by hand (/close) are neither a signal's nor an emergency stop's.
alter table orders drop constraint orders_origin_check;
alter table orders add constraint orders_origin_check check (origin in ('SIGNAL', 'EMERGENCY_STOP', 'MANUAL'));
-- the notifier finds orders that came to rest or were refused by when they changed
create index orders_updated_at on orders (updated_at);
