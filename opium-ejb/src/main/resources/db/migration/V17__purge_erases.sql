-- A purge also erases document files, history steps, justifications and parents' local accounts;
-- its record says how many of each went.
alter table recruitment_purge add column files_erased integer default 0 not null;
alter table recruitment_purge add column history_redacted integer default 0 not null;
alter table recruitment_purge add column justifications_redacted integer default 0 not null;
alter table recruitment_purge add column accounts_removed integer default 0 not null;
