-- Accounts are no longer locked as a whole after failed sign-ins (anyone could lock anyone out); repeated failures
-- block one client address at a time, counted in memory.
alter table user_account drop column failed_logins;
alter table user_account drop column locked_until;
