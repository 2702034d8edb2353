-- Issue #18, second part: the consumer's choice of progress notices, the notices themselves (an outbox: written with
-- the change they report, delivered and retried afterwards), files attached to answers, and what staff make of an
-- answer (the consumer's confirmation and the next step).
alter table complaint add column notify_by_sms boolean default false not null;
alter table complaint add column notify_by_email boolean default false not null;

create sequence consumer_notice_seq start with 1 increment by 50;
create table consumer_notice (
    id bigint not null primary key,
    complaint_id bigint not null,
    kind varchar(30) not null,
    channel varchar(10) not null,
    recipient varchar(200) not null,
    subject varchar(300) not null,
    text varchar(2000) not null,
    template_params varchar(2000),
    calendar varchar(8000),
    status varchar(10) not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    constraint fk_consumer_notice_complaint foreign key (complaint_id) references complaint (id)
);
create index ix_consumer_notice_complaint on consumer_notice (complaint_id);
create index ix_consumer_notice_due on consumer_notice (status, next_attempt_at);

create table referral_response_attachment (
    response_id bigint not null,
    evidence_id bigint not null,
    file_name varchar(255) not null,
    size_bytes bigint not null,
    primary key (response_id, evidence_id),
    constraint fk_response_attachment_response foreign key (response_id) references referral_response (id),
    constraint fk_response_attachment_evidence foreign key (evidence_id) references evidence (id)
);

alter table referral add column consumer_settled boolean;
alter table referral add column consumer_confirmed_on date;
alter table referral add column next_step varchar(20);
alter table referral add column next_step_by varchar(50);
alter table referral add column next_step_at timestamp(6) with time zone;
