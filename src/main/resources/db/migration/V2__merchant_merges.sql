-- Reversible merchant merges: the merged record stays (pointing at the survivor), every move of a complaint is
-- recorded so that an undo restores exactly what the merge changed.

alter table merchant add column merged_into_id bigint;
alter table merchant add constraint fk_merchant_merged_into foreign key (merged_into_id) references merchant (id);

create sequence merchant_merge_seq start with 1 increment by 1;

create table merchant_merge (
    id bigint not null primary key,
    source_id bigint not null,
    target_id bigint not null,
    merged_at timestamp(6) with time zone not null,
    merged_by varchar(50) not null,
    reason varchar(1000) not null,
    added_aliases varchar(4000),
    undone_at timestamp(6) with time zone,
    undone_by varchar(50),
    constraint fk_merchant_merge_source foreign key (source_id) references merchant (id),
    constraint fk_merchant_merge_target foreign key (target_id) references merchant (id)
);
create index ix_merchant_merge_target on merchant_merge (target_id);
create index ix_merchant_merge_source on merchant_merge (source_id);

create table complaint_merchant_move (
    merge_id bigint not null,
    complaint_id bigint not null,
    primary key (merge_id, complaint_id),
    constraint fk_complaint_move_merge foreign key (merge_id) references merchant_merge (id),
    constraint fk_complaint_move_complaint foreign key (complaint_id) references complaint (id)
);
