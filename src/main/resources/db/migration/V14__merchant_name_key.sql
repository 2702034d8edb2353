-- A merchant's name as matching compares it (full-width folded, spaces removed, lower case), so that "星 光 旗舰店"
-- and "星光旗舰店" on one platform are one merchant. V15 fills it for the merchants recorded before.
alter table merchant add column name_key varchar(200);
create index ix_merchant_platform_name_key on merchant (platform_code, name_key);
