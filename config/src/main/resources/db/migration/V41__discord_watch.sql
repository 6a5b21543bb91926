-- The Discord bot (issue 9): the channels a server admin marked as signal channels with /watch,
-- and the last message read in each, so a reconnect or a restart reads back what it missed.
-- Discord ids are snowflakes: 64-bit, time-ordered, so "after the last one seen" is a comparison.
create table discord_watches (
    channel_id       bigint primary key,
    guild_id         bigint not null,
    watched_by       text not null,
    active           boolean not null,
    last_message_id  bigint not null,
    watched_at       timestamptz not null,
    updated_at       timestamptz not null
);

-- Users whose direct messages Discord refuses (50007: DMs closed or the bot blocked). Recorded
-- once; their notices are given up without asking Discord again until they use a command.
create table discord_dm_refusals (
    user_id     text primary key,
    reason      text not null,
    refused_at  timestamptz not null
);
