-- Class actions at scale: member lists read in one query, consent by one-time link, and collective agreements whose
-- members' shares are paid in instalments matched against payment files.

-- complaint module: who each complaint's consumer is, for the member lists of class disputes.
create view complaint_contacts as
select id, case_number, consumer_name, consumer_phone, consumer_email from complaint;

-- A one-time link through which a member answers the consent question; only the token's hash is kept.
create table dispute_consent_link (
    token_hash varchar(64) not null primary key,
    dispute_id bigint not null,
    complaint_id bigint not null,
    created_by varchar(50) not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    used_at timestamp(6) with time zone,
    constraint fk_consent_link_dispute foreign key (dispute_id) references class_dispute (id),
    constraint fk_consent_link_complaint foreign key (complaint_id) references complaint (id)
);
create index ix_consent_link_member on dispute_consent_link (dispute_id, complaint_id);
create index ix_dispute_consent_latest on dispute_consent (complaint_id, recorded_at);

-- An obligation may be paid in instalments, each due on its own date and tracked on its own.
create table agreement_instalment (
    agreement_id bigint not null,
    position integer not null,
    obligation_no integer not null,
    number integer not null,
    amount numeric(12, 2) not null,
    due_date date not null,
    paid numeric(12, 2) not null,
    paid_on date,
    primary key (agreement_id, position),
    constraint fk_agreement_instalment_agreement foreign key (agreement_id) references agreement (id)
);

-- Payments received against an agreement, as the merchant's or platform's file listed them; a reference is
-- recorded once, so a file sent twice is not counted twice.
create sequence agreement_payment_seq start with 1 increment by 50;
create table agreement_payment (
    id bigint not null primary key,
    agreement_id bigint not null,
    obligation_no integer not null,
    case_number varchar(30) not null,
    amount numeric(12, 2) not null,
    applied numeric(12, 2) not null,
    paid_on date not null,
    reference varchar(100) not null,
    recorded_by varchar(50) not null,
    recorded_at timestamp(6) with time zone not null,
    constraint uk_agreement_payment_reference unique (agreement_id, reference),
    constraint fk_agreement_payment_agreement foreign key (agreement_id) references agreement (id)
);

-- A collective agreement's schedule of a thousand members is larger than one of a single complaint.
alter table agreement_revision alter column content set data type varchar(1000000);

-- agreement module: the facts view gains what has been paid of each obligation through its instalments (new
-- columns go last, as PostgreSQL requires of a replaced view).
create or replace view agreement_obligation_facts as
select a.id as agreement_id, a.status as agreement_status, a.complaint_id, a.dispute_id, o.creditor, o.kind,
       o.amount, o.due_date, o.status, o.settled_on,
       coalesce((select sum(i.paid) from agreement_instalment i
                 where i.agreement_id = a.id and i.obligation_no = o.position + 1), 0) as paid
from agreement a
join agreement_obligation o on o.agreement_id = a.id;
