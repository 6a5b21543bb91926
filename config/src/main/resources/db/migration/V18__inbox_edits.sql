-- Edits of a post: each new text of an inbox message, in order (the original stays in
-- inbox_messages.text). An edit of an open signal amends what its followers have not filled.
create table inbox_edits (
    id                bigserial primary key,
    inbox_message_id  bigint not null references inbox_messages (id),
    revision          integer not null check (revision >= 1),
    text              text not null,
    received_at       timestamptz not null,
    unique (inbox_message_id, revision)
);
