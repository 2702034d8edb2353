-- Hibernate Search's outbox-polling coordination (elasticsearch profile, several instances): entity changes are
-- written to an outbox in the same transaction and indexed by background agents, one of which owns each shard.
-- Created in every profile so that switching coordination on needs no migration of its own.
create table hsearch_agent (
    id uuid not null primary key,
    name varchar(255) not null,
    type varchar(255) not null,
    state varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    assigned_shard_index integer,
    total_shard_count integer,
    tenant_id varchar(255),
    payload blob
);
create table hsearch_outbox_event (
    id uuid not null primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    tenant_id varchar(255),
    payload blob not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null
);
create index processAfter on hsearch_outbox_event (process_after);
