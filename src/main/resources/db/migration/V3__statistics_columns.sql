-- Derived columns for statistics: month received, one key per consumer (phone, else e-mail, else name; the same rule
-- as ConsumerDetails.identityKey) and days from receipt to conclusion. Written by the application from here on.
alter table complaint add column received_month varchar(7);
alter table complaint add column consumer_key varchar(200);
alter table complaint add column resolution_days integer;

update complaint set received_month = to_char(received_at, 'YYYY-MM'),
    consumer_key = coalesce(nullif(consumer_phone, ''), lower(nullif(consumer_email, '')), consumer_name),
    resolution_days = case when concluded_on is null then null
        else cast((extract(epoch from concluded_on) - extract(epoch from received_at)) / 86400 as integer) end;

alter table complaint alter column received_month set not null;
alter table complaint alter column consumer_key set not null;

-- Covering indexes: the dashboard's and reports' group-bys read these instead of the whole row.
create index ix_complaint_stats_month on complaint (received_month, category, consumer_key, amount_paid, amount_claimed);
create index ix_complaint_stats_merchant on complaint (merchant_id, consumer_key, amount_paid, amount_claimed);
create index ix_complaint_stats_province on complaint (province, consumer_key);
