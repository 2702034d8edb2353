-- One-time codes for electronic signing: only a hash is kept, with an expiry and a count of wrong attempts.
create table agreement_signing_code (
    agreement_id bigint not null,
    party varchar(30) not null,
    code_hash varchar(64) not null,
    expires_at timestamp(6) with time zone not null,
    attempts integer not null,
    issued_by varchar(50) not null,
    primary key (agreement_id, party),
    constraint fk_signing_code_agreement foreign key (agreement_id) references agreement (id)
);

-- The follow-up view reads pending and overdue obligations by due date.
create index ix_agreement_obligation_due on agreement_obligation (status, due_date);
create index ix_agreement_status on agreement (status);
