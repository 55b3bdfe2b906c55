-- One live application per child and round: two guardians filing at the same moment cannot both
-- succeed. The PESEL is repeated here while the application is live (withdrawn or purged: null,
-- which unique constraints let repeat on H2 and PostgreSQL alike).

alter table recruitment_application add column live_pesel varchar(11);
update recruitment_application set live_pesel = pesel where status <> 'WITHDRAWN' and pesel <> '';
alter table recruitment_application add constraint uk_application_live_pesel unique (campaign_id, round, live_pesel);
