-- Retention of recruitment data (art. 160): a department can hold an application back from the purge
-- (a complaint to the administrative court is pending), and every purge is recorded.

alter table recruitment_application add column retained_because varchar(1000);

create table recruitment_purge (
    id           bigint       not null primary key,
    campaign_id  bigint       not null,
    purged_at    timestamp(6) with time zone not null,
    purged_by    varchar(60)  not null,
    applications integer      not null,
    kept         integer      not null,
    retention_ended date      not null,
    constraint fk_purge_campaign foreign key (campaign_id) references recruitment_campaign (id)
);

-- The city's address points (PRG layout), to locate candidates' addresses for place proposals.
create table address_point (
    id          bigint       not null primary key,
    city        varchar(100) not null,
    street      varchar(200),
    number      varchar(20)  not null,
    postal_code varchar(6),
    lookup_key  varchar(400) not null,
    latitude    double precision not null,
    longitude   double precision not null
);
create index ix_address_point_key on address_point (lookup_key);
