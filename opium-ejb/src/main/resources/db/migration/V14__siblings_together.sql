-- Siblings whose parent asked for them to be placed together share a group (the lowest application id).
alter table recruitment_application add column sibling_group bigint;
create index ix_application_sibling_group on recruitment_application (sibling_group);

-- An extra place the department adds at a unit so that a sibling learns with the others.
create table sibling_placement (
    id             bigint        not null primary key,
    campaign_id    bigint        not null,
    round          varchar(20)   not null,
    unit_id        bigint        not null,
    application_id bigint        not null,
    justification  varchar(2000) not null,
    decided_by     varchar(60)   not null,
    decided_at     timestamp(6) with time zone not null,
    used           boolean       not null,
    constraint uk_sibling_placement unique (application_id, round),
    constraint fk_sibling_placement_campaign foreign key (campaign_id) references recruitment_campaign (id),
    constraint fk_sibling_placement_unit foreign key (unit_id) references recruitment_unit (id),
    constraint fk_sibling_placement_application foreign key (application_id) references recruitment_application (id)
);
