-- Merging duplicate complaints (reversible: the merge record keeps what the merge changed), the duplicate queue, and
-- class disputes with their members, consent ledger and representatives.
alter table complaint add column merged_into_id bigint;
alter table complaint add constraint fk_complaint_merged_into foreign key (merged_into_id) references complaint (id);
create index ix_complaint_merged_into on complaint (merged_into_id);
create index ix_complaint_email on complaint (consumer_email);

create sequence complaint_merge_seq start with 1 increment by 50;
create table complaint_merge (
    id bigint not null primary key,
    survivor_id bigint not null,
    duplicate_id bigint not null,
    duplicate_status_before varchar(30) not null,
    survivor_claimed_before numeric(12, 2) not null,
    survivor_claimed_after numeric(12, 2) not null,
    reason varchar(1000),
    merged_by varchar(50) not null,
    merged_at timestamp(6) with time zone not null,
    undone_by varchar(50),
    undone_at timestamp(6) with time zone,
    constraint fk_complaint_merge_survivor foreign key (survivor_id) references complaint (id),
    constraint fk_complaint_merge_duplicate foreign key (duplicate_id) references complaint (id)
);
create index ix_complaint_merge_survivor on complaint_merge (survivor_id);
create index ix_complaint_merge_duplicate on complaint_merge (duplicate_id);

create sequence duplicate_pair_seq start with 1 increment by 50;
create table duplicate_pair (
    id bigint not null primary key,
    first_id bigint not null,
    second_id bigint not null,
    score numeric(4, 3) not null,
    reasons varchar(200) not null,
    status varchar(20) not null,
    found_at timestamp(6) with time zone not null,
    decided_by varchar(50),
    decided_at timestamp(6) with time zone,
    constraint uk_duplicate_pair unique (first_id, second_id),
    constraint fk_duplicate_pair_first foreign key (first_id) references complaint (id),
    constraint fk_duplicate_pair_second foreign key (second_id) references complaint (id)
);
create index ix_duplicate_pair_queue on duplicate_pair (status, score);
create index ix_duplicate_pair_second on duplicate_pair (second_id);

create sequence class_dispute_seq start with 1 increment by 50;
create table class_dispute (
    id bigint not null primary key,
    version bigint not null,
    title varchar(200) not null,
    merchant_id bigint not null,
    platform_code varchar(30),
    category varchar(30),
    description varchar(4000),
    lead_mediator varchar(50),
    status varchar(30) not null,
    created_by varchar(50) not null,
    created_at timestamp(6) with time zone not null,
    constraint fk_class_dispute_merchant foreign key (merchant_id) references merchant (id),
    constraint fk_class_dispute_platform foreign key (platform_code) references platform (code)
);
create index ix_class_dispute_merchant on class_dispute (merchant_id);

-- The primary key on complaint_id is the rule that a complaint belongs to at most one class dispute.
create table class_dispute_member (
    complaint_id bigint not null primary key,
    dispute_id bigint not null,
    added_by varchar(50) not null,
    added_at timestamp(6) with time zone not null,
    constraint fk_dispute_member_complaint foreign key (complaint_id) references complaint (id),
    constraint fk_dispute_member_dispute foreign key (dispute_id) references class_dispute (id)
);
create index ix_dispute_member_dispute on class_dispute_member (dispute_id);

create sequence dispute_consent_seq start with 1 increment by 50;
create table dispute_consent (
    id bigint not null primary key,
    dispute_id bigint not null,
    complaint_id bigint not null,
    decision varchar(20) not null,
    decided_on date not null,
    channel varchar(20) not null,
    recorded_by varchar(50) not null,
    recorded_at timestamp(6) with time zone not null,
    constraint fk_dispute_consent_dispute foreign key (dispute_id) references class_dispute (id),
    constraint fk_dispute_consent_complaint foreign key (complaint_id) references complaint (id)
);
create index ix_dispute_consent on dispute_consent (dispute_id, complaint_id);

create table dispute_representative (
    dispute_id bigint not null,
    position integer not null,
    name varchar(100) not null,
    contact varchar(200),
    complaint_id bigint,
    primary key (dispute_id, position),
    constraint fk_dispute_representative_dispute foreign key (dispute_id) references class_dispute (id)
);
