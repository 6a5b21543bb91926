-- When each phase of a signal happened, so a user can see where the time went.
alter table signals add column routed_at timestamptz;
alter table orders add column sent_at timestamptz;
