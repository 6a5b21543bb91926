-- A provider's own words for the parser: aliases (word -> symbol) and ignore words (symbol null).
create table provider_vocabulary (
    provider_id  bigint not null references providers (id),
    word         text not null,
    symbol       text,
    primary key (provider_id, word)
);
