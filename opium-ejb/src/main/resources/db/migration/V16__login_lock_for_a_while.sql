-- Failed logins shut an account for a while (doubling with each run of failures) instead of until an
-- administrator acts; the login query skips an account until locked_until has passed.
alter table user_account add column locked_until timestamp(6) with time zone;
-- Failed logins per address in the last minutes decide whether its sign-ins are refused unchecked.
create index ix_audit_address on audit_entry (remote_address, occurred_at);
