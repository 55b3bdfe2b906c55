-- The audit log is append-only for everyone who connects, the application's own account included:
-- an entry cannot be changed or deleted, nor the table emptied. (PostgreSQL only: H2 serves
-- development and the demo, and keeps the rule in the application alone.)
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
