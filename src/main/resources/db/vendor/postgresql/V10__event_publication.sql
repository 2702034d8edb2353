-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0): follow-up work after
-- a commit is recorded here in the same transaction and completed, or retried after a crash, by the listeners.
create table event_publication (
    id uuid not null,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash(serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
