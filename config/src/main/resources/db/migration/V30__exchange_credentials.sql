-- Exchange API keys, sealed with AES-256-GCM under the master key (TRADEWIRE_MASTER_KEY, or
-- the data folder's master-key file). Never plain text: each row has its own random nonce, the
-- account id is bound in as associated data, and master_key_id says which key sealed it.
create table exchange_credentials (
    account_id     bigint primary key references venue_accounts (id),
    -- the last four characters of the API key, the only part ever shown again
    key_hint       text not null,
    master_key_id  text not null,
    nonce          bytea not null check (octet_length(nonce) = 12),
    sealed         bytea not null,
    created_at     timestamptz not null,
    rotated_at     timestamptz
);
