-- Mediation sessions. A booking occupies five-minute cells from its start to its end plus the buffer, one row per
-- cell and resource (mediator, room, participant contact); the unique key on (resource, cell) is what makes a double
-- booking impossible even when two users book the same slot at the same moment.
create sequence room_seq start with 1 increment by 50;
create table room (
    id bigint not null primary key,
    name varchar(100) not null,
    capacity integer not null,
    location varchar(200),
    active boolean not null,
    constraint uk_room_name unique (name)
);

create sequence mediation_session_seq start with 1 increment by 50;
create table mediation_session (
    id bigint not null primary key,
    version bigint not null,
    complaint_id bigint,
    dispute_id bigint,
    case_ref varchar(30) not null,
    mediator varchar(50) not null,
    start_at timestamp(6) with time zone not null,
    end_at timestamp(6) with time zone not null,
    room_id bigint,
    online_link varchar(500),
    agenda varchar(4000),
    status varchar(20) not null,
    cancel_reason varchar(1000),
    outcome varchar(30),
    outcome_note varchar(1000),
    next_date date,
    minutes varchar(200000),
    minutes_saved_at timestamp(6) with time zone,
    no_conflict_confirmed_by varchar(50),
    no_conflict_confirmed_at timestamp(6) with time zone,
    reminded_at timestamp(6) with time zone,
    sequence_number integer not null,
    created_by varchar(50) not null,
    created_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint fk_session_complaint foreign key (complaint_id) references complaint (id),
    constraint fk_session_dispute foreign key (dispute_id) references class_dispute (id),
    constraint fk_session_room foreign key (room_id) references room (id)
);
create index ix_session_mediator_start on mediation_session (mediator, start_at);
create index ix_session_start on mediation_session (start_at);
create index ix_session_complaint on mediation_session (complaint_id);
create index ix_session_dispute on mediation_session (dispute_id);

create table session_participant (
    session_id bigint not null,
    position integer not null,
    name varchar(100) not null,
    role varchar(20) not null,
    contact varchar(200),
    confirmed boolean not null,
    attended boolean not null,
    primary key (session_id, position),
    constraint fk_participant_session foreign key (session_id) references mediation_session (id)
);

create sequence booking_cell_seq start with 1 increment by 50;
create table booking_cell (
    id bigint not null primary key,
    session_id bigint not null,
    resource varchar(250) not null,
    cell_start timestamp(6) with time zone not null,
    constraint uk_booking_cell unique (resource, cell_start),
    constraint fk_booking_cell_session foreign key (session_id) references mediation_session (id)
);
create index ix_booking_cell_session on booking_cell (session_id);

create sequence mediator_tie_seq start with 1 increment by 50;
create table mediator_tie (
    id bigint not null primary key,
    mediator varchar(50) not null,
    kind varchar(20) not null,
    merchant_id bigint,
    platform varchar(100),
    party_name varchar(100),
    note varchar(500),
    declared_at timestamp(6) with time zone not null,
    constraint fk_tie_merchant foreign key (merchant_id) references merchant (id)
);
create index ix_tie_mediator on mediator_tie (mediator);

create table calendar_feed (
    mediator varchar(50) not null primary key,
    token varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    constraint uk_calendar_feed_token unique (token)
);
