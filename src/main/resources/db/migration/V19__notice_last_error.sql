-- Why the last try of a notice failed (a stored message, shown in the reader's language), so that staff following
-- up a failed notice see what to correct without reading the log.
alter table consumer_notice add column last_error varchar(1000);
