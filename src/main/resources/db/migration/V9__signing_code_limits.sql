-- Wrong one-time codes are counted per party and agreement for good (re-issuing no longer resets the count), and
-- codes may be re-issued only a few times an hour.
alter table agreement_signing_code add column issued_in_window integer default 1 not null;
alter table agreement_signing_code add column window_start timestamp(6) with time zone;
update agreement_signing_code set window_start = expires_at;
alter table agreement_signing_code alter column window_start set not null;
