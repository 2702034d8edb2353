-- Read models that modules publish for reports in other modules, so that statistics and dispute suggestions do not
-- read another module's tables. Each view belongs to the module that owns its tables; a change to those tables
-- changes the view with it (PostgreSQL refuses to drop a column a view still uses). No personal data: consumers
-- appear only as their pseudonymous consumer_key.

-- complaint module: one row per complaint, with its merchant's name (merchant is below complaint).
create view complaint_facts as
select c.id, c.case_number, c.consumer_key, c.received_at, c.received_month, c.channel, c.platform_code,
       c.merchant_id, m.name as merchant_name, m.platform_code as merchant_platform_code, c.category,
       c.payment_method, c.province, c.status, c.amount_paid, c.amount_claimed, c.concluded_on, c.resolution_days
from complaint c
left join merchant m on m.id = c.merchant_id;

-- merchant module: names of merchant records.
create view merchant_facts as
select id, name, platform_code from merchant;

-- agreement module: one row per obligation, with its agreement's state and what it is about.
create view agreement_obligation_facts as
select a.id as agreement_id, a.status as agreement_status, a.complaint_id, a.dispute_id, o.creditor, o.kind,
       o.amount, o.due_date, o.status, o.settled_on
from agreement a
join agreement_obligation o on o.agreement_id = a.id;
