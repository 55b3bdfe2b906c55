-- Open sessions follow their account: a lock, a deactivation, new roles or a password set by someone
-- else raise the generation, and every session signed in under an older one ends at its next request.
-- A password issued by someone else (the department's desk, the administrator) must be changed at the
-- first sign-in.
alter table user_account add column session_generation integer default 0 not null;
alter table user_account add column must_change_password boolean default false not null;
