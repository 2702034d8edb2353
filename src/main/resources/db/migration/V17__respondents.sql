-- Respondents (issue #18): the merchants, platforms and payment providers complaints are referred to, their
-- accounts, the referrals with their due dates and the answers given.
create sequence respondent_seq start with 1 increment by 50;
create table respondent (
    id bigint not null primary key,
    kind varchar(20) not null,
    name varchar(200) not null,
    platform_code varchar(30),
    provider_name varchar(100),
    created_by varchar(50) not null,
    created_at timestamp(6) with time zone not null,
    constraint fk_respondent_platform foreign key (platform_code) references platform (code)
);

-- A merchant record answers through at most one respondent organisation.
create table respondent_merchant (
    respondent_id bigint not null,
    merchant_id bigint not null,
    primary key (respondent_id, merchant_id),
    constraint uk_respondent_merchant unique (merchant_id),
    constraint fk_respondent_merchant_respondent foreign key (respondent_id) references respondent (id),
    constraint fk_respondent_merchant_merchant foreign key (merchant_id) references merchant (id)
);

create table respondent_account (
    username varchar(50) not null primary key,
    respondent_id bigint not null,
    constraint fk_respondent_account_respondent foreign key (respondent_id) references respondent (id)
);

create sequence referral_seq start with 1 increment by 50;
create table referral (
    id bigint not null primary key,
    version bigint not null,
    complaint_id bigint not null,
    respondent_id bigint not null,
    target varchar(20) not null,
    message varchar(2000),
    referred_by varchar(50) not null,
    referred_at timestamp(6) with time zone not null,
    due_on date not null,
    extended boolean not null,
    status varchar(20) not null,
    constraint fk_referral_complaint foreign key (complaint_id) references complaint (id),
    constraint fk_referral_respondent foreign key (respondent_id) references respondent (id)
);
create index ix_referral_respondent on referral (respondent_id, status);
create index ix_referral_complaint on referral (complaint_id);
create index ix_referral_due on referral (status, due_on);

create sequence referral_response_seq start with 1 increment by 50;
create table referral_response (
    id bigint not null primary key,
    referral_id bigint not null,
    code varchar(40) not null,
    message varchar(4000),
    amount_offered numeric(12, 2),
    responded_by varchar(50) not null,
    responded_at timestamp(6) with time zone not null,
    timely boolean not null,
    constraint fk_referral_response_referral foreign key (referral_id) references referral (id)
);
create index ix_referral_response_referral on referral_response (referral_id);

-- respondent module: one row per referral with its closing answer (if any), for statistics.
create view referral_facts as
select r.id as referral_id, r.complaint_id, r.target, r.respondent_id, s.name as respondent_name, r.status,
       r.due_on, r.referred_at, a.code as answer_code, a.timely as answered_timely, a.responded_at as answered_at
from referral r
join respondent s on s.id = r.respondent_id
left join referral_response a on a.referral_id = r.id and a.code <> 'IN_PROGRESS';
