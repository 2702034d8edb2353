-- Redress initial schema: accounts, audit trail, platforms, merchants, complaints, evidence.

create sequence user_account_seq start with 1 increment by 1;
create sequence audit_entry_seq start with 1 increment by 50;
create sequence merchant_seq start with 1 increment by 50;
create sequence complaint_seq start with 1 increment by 100;
create sequence evidence_seq start with 1 increment by 50;
-- Case numbers are handed out in blocks of 50 (see CaseNumbers).
create sequence case_number_seq start with 1 increment by 50;

create table user_account (
    id bigint not null primary key,
    version bigint not null,
    username varchar(50) not null,
    display_name varchar(100) not null,
    password_hash varchar(100) not null,
    enabled boolean not null,
    failed_logins integer not null,
    locked_until timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    constraint uk_user_account_username unique (username)
);

create table user_account_role (
    user_account_id bigint not null,
    role varchar(20) not null,
    primary key (user_account_id, role),
    constraint fk_user_account_role_account foreign key (user_account_id) references user_account (id)
);

create table audit_entry (
    id bigint not null primary key,
    subject_type varchar(20) not null,
    subject_id bigint not null,
    subject_ref varchar(50),
    occurred_at timestamp(6) with time zone not null,
    actor varchar(50) not null,
    action varchar(50) not null,
    field varchar(50),
    old_value varchar(2000),
    new_value varchar(2000)
);
create index ix_audit_entry_subject on audit_entry (subject_type, subject_id, occurred_at);

create table platform (
    code varchar(30) not null primary key,
    name_zh varchar(50) not null,
    name_en varchar(50) not null,
    active boolean not null,
    sort_order integer not null
);

insert into platform (code, name_zh, name_en, active, sort_order) values
    ('KUAISHOU', '快手', 'Kuaishou', true, 10),
    ('DOUYIN', '抖音', 'Douyin', true, 20),
    ('TAOBAO', '淘宝', 'Taobao', true, 30),
    ('TMALL', '天猫', 'Tmall', true, 40),
    ('JD', '京东', 'JD.com', true, 50),
    ('PINDUODUO', '拼多多', 'Pinduoduo', true, 60),
    ('XIAOHONGSHU', '小红书', 'Xiaohongshu', true, 70),
    ('WECHAT_SHOP', '微信小商店', 'WeChat mini-shop', true, 80),
    ('OTHER', '其他', 'Other', true, 90);

create table merchant (
    id bigint not null primary key,
    version bigint not null,
    name varchar(200) not null,
    platform_code varchar(30) not null,
    shop_id varchar(100),
    credit_code varchar(18),
    parent_company varchar(200),
    contact varchar(200),
    notes varchar(2000),
    created_at timestamp(6) with time zone not null,
    constraint fk_merchant_platform foreign key (platform_code) references platform (code)
);
create index ix_merchant_platform_shop on merchant (platform_code, shop_id);
create index ix_merchant_name on merchant (name);

create table merchant_alias (
    merchant_id bigint not null,
    alias varchar(200) not null,
    primary key (merchant_id, alias),
    constraint fk_merchant_alias_merchant foreign key (merchant_id) references merchant (id)
);

create table complaint (
    id bigint not null primary key,
    version bigint not null,
    case_number varchar(20) not null,
    external_id varchar(100),
    received_at date not null,
    channel varchar(20) not null,
    consumer_name varchar(100) not null,
    consumer_phone varchar(30),
    consumer_email varchar(200),
    province varchar(50),
    city varchar(50),
    merchant_id bigint not null,
    platform_code varchar(30) not null,
    order_number varchar(100),
    platform_ticket varchar(100),
    purchase_date date,
    amount_paid numeric(12, 2) not null,
    amount_claimed numeric(12, 2) not null,
    payment_method varchar(20) not null,
    category varchar(30) not null,
    narrative varchar(20000) not null,
    status varchar(30) not null,
    assignee varchar(50),
    accept_due_on date not null,
    accepted_on date,
    referred_on date,
    platform_reply_due_on date,
    mediation_due_on date,
    concluded_on date,
    deadline_on date,
    deadline_missed boolean not null,
    status_reason varchar(1000),
    escalation_target varchar(20),
    consent_share_given boolean not null,
    consent_share_on date,
    consent_share_channel varchar(20),
    consent_publish_given boolean not null,
    consent_publish_on date,
    consent_publish_channel varchar(20),
    created_at timestamp(6) with time zone not null,
    created_by varchar(50) not null,
    constraint uk_complaint_case_number unique (case_number),
    constraint uk_complaint_external_id unique (external_id),
    constraint fk_complaint_merchant foreign key (merchant_id) references merchant (id),
    constraint fk_complaint_platform foreign key (platform_code) references platform (code),
    constraint ck_complaint_amounts check (amount_paid >= 0 and amount_claimed >= 0)
);
create index ix_complaint_received on complaint (received_at);
create index ix_complaint_status on complaint (status);
create index ix_complaint_merchant on complaint (merchant_id);
create index ix_complaint_platform on complaint (platform_code);
create index ix_complaint_deadline on complaint (deadline_on);
create index ix_complaint_assignee on complaint (assignee);
create index ix_complaint_phone on complaint (consumer_phone);
create index ix_complaint_order on complaint (order_number);
create index ix_complaint_ticket on complaint (platform_ticket);

create table evidence (
    id bigint not null primary key,
    complaint_id bigint not null,
    type varchar(30) not null,
    original_name varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    uploaded_at timestamp(6) with time zone not null,
    uploaded_by varchar(50) not null,
    constraint fk_evidence_complaint foreign key (complaint_id) references complaint (id)
);
create index ix_evidence_complaint on evidence (complaint_id);
