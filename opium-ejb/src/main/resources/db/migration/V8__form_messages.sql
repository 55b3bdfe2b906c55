-- A message can ask for an electronic form as its reply: the form it carries (the author's own
-- copy, so that whoever follows the author's work reads the answers).

alter table message add column form_id bigint;
alter table message add constraint fk_message_form foreign key (form_id) references form_definition (id);
