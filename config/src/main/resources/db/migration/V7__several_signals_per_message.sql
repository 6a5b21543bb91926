-- A post can hold several signals: each is stored with its place in the post.
alter table signals drop constraint signals_inbox_message_id_key;
alter table signals add column ordinal integer not null default 0;
alter table signals add constraint signals_message_ordinal unique (inbox_message_id, ordinal);
