-- Mediation agreements: drafts with every saved version kept, obligations tracked one by one, signatures, and the
-- SHA-256 of the canonical content once all required parties have signed (then the agreement is frozen).
create sequence agreement_seq start with 1 increment by 50;
create table agreement (
    id bigint not null primary key,
    version bigint not null,
    complaint_id bigint,
    dispute_id bigint,
    case_ref varchar(30) not null,
    session_id bigint,
    recitals varchar(8000) not null,
    status varchar(20) not null,
    revision integer not null,
    amends_id bigint,
    sha256 varchar(64),
    binding_at timestamp(6) with time zone,
    created_by varchar(50) not null,
    created_at timestamp(6) with time zone not null,
    constraint fk_agreement_complaint foreign key (complaint_id) references complaint (id),
    constraint fk_agreement_dispute foreign key (dispute_id) references class_dispute (id),
    constraint fk_agreement_amends foreign key (amends_id) references agreement (id)
);
create index ix_agreement_complaint on agreement (complaint_id);
create index ix_agreement_dispute on agreement (dispute_id);

create table agreement_party (
    agreement_id bigint not null,
    position integer not null,
    party varchar(30) not null,
    role varchar(20) not null,
    name varchar(200) not null,
    primary key (agreement_id, position),
    constraint fk_agreement_party_agreement foreign key (agreement_id) references agreement (id)
);

create table agreement_obligation (
    agreement_id bigint not null,
    position integer not null,
    debtor varchar(30) not null,
    creditor varchar(30) not null,
    kind varchar(20) not null,
    amount numeric(12, 2),
    due_date date,
    description varchar(1000),
    status varchar(20) not null,
    settled_on date,
    note varchar(1000),
    primary key (agreement_id, position),
    constraint fk_agreement_obligation_agreement foreign key (agreement_id) references agreement (id)
);

create sequence agreement_revision_seq start with 1 increment by 50;
create table agreement_revision (
    id bigint not null primary key,
    agreement_id bigint not null,
    revision integer not null,
    content varchar(200000) not null,
    saved_by varchar(50) not null,
    saved_at timestamp(6) with time zone not null,
    constraint uk_agreement_revision unique (agreement_id, revision),
    constraint fk_agreement_revision_agreement foreign key (agreement_id) references agreement (id)
);

create sequence agreement_signature_seq start with 1 increment by 50;
create table agreement_signature (
    id bigint not null primary key,
    agreement_id bigint not null,
    party varchar(30) not null,
    signer_name varchar(100) not null,
    capacity varchar(100) not null,
    method varchar(20) not null,
    signed_at timestamp(6) with time zone not null,
    recorded_by varchar(50) not null,
    constraint uk_agreement_signature unique (agreement_id, party),
    constraint fk_agreement_signature_agreement foreign key (agreement_id) references agreement (id)
);
