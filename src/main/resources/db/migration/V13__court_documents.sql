-- The particulars a 人民调解协议书 states for each party (人民调解法 art. 29): identity document number, address and
-- contact; for a business its unified social credit code and legal representative; for the mediator the full name.
alter table agreement_party add column id_number varchar(18);
alter table agreement_party add column address varchar(200);
alter table agreement_party add column contact varchar(200);
alter table agreement_party add column credit_code varchar(18);
alter table agreement_party add column legal_representative varchar(100);
alter table agreement_party add column full_name varchar(100);

-- Judicial confirmation (司法确认) once a court has ruled on it: cited by the enforcement application.
alter table agreement add column confirmation_court varchar(200);
alter table agreement add column confirmation_ruling varchar(100);
alter table agreement add column confirmed_on date;

-- A signing code goes with a link to a page where the party signs by typing it; only the link token's hash is kept.
alter table agreement_signing_code add column link_token_hash varchar(64);
create unique index ix_signing_code_link on agreement_signing_code (link_token_hash);
