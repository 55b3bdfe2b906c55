-- Online recruitment: campaigns with their schedule and municipal criteria, the institutions'
-- offers of units and places, parents' applications with preferences, declarations and documents,
-- assignment runs with the ties they reported, the committees' tie decisions, and appeals.

create table recruitment_campaign (
    id              bigint       not null primary key,
    version         bigint       not null,
    name            varchar(200) not null,
    level           varchar(20)  not null,
    school_year     varchar(9)   not null,
    max_preferences integer      not null,
    created_by      varchar(60)  not null,
    created_at      timestamp(6) with time zone not null
);

create table campaign_stage (
    campaign_id bigint      not null,
    round       varchar(20) not null,
    step        varchar(20) not null,
    opens_at    timestamp(6) with time zone not null,
    closes_at   timestamp(6) with time zone not null,
    primary key (campaign_id, round, step),
    constraint fk_campaign_stage_campaign foreign key (campaign_id) references recruitment_campaign (id)
);

create table campaign_criterion (
    campaign_id bigint       not null,
    position    integer      not null,
    code        varchar(40)  not null,
    name        varchar(300) not null,
    points      integer      not null,
    document    varchar(300),
    primary key (campaign_id, position),
    constraint fk_campaign_criterion_campaign foreign key (campaign_id) references recruitment_campaign (id)
);

create table recruitment_offer (
    id             bigint      not null primary key,
    version        bigint      not null,
    campaign_id    bigint      not null,
    institution_id bigint      not null,
    status         varchar(20) not null,
    constraint uk_recruitment_offer unique (campaign_id, institution_id),
    constraint fk_offer_campaign foreign key (campaign_id) references recruitment_campaign (id),
    constraint fk_offer_institution foreign key (institution_id) references institution (id)
);

create table recruitment_unit (
    id         bigint       not null primary key,
    version    bigint       not null,
    offer_id   bigint       not null,
    name       varchar(200) not null,
    kind       varchar(20)  not null,
    places     integer      not null,
    continuing integer      not null,
    subjects   varchar(200),
    constraint fk_unit_offer foreign key (offer_id) references recruitment_offer (id)
);

create table recruitment_application (
    id                    bigint       not null primary key,
    version               bigint       not null,
    campaign_id           bigint       not null,
    round                 varchar(20)  not null,
    owner_login           varchar(200) not null,
    status                varchar(20)  not null,
    pesel                 varchar(11)  not null,
    first_name            varchar(100) not null,
    last_name             varchar(100) not null,
    birth_date            date         not null,
    street                varchar(200),
    building_number       varchar(20),
    postal_code           varchar(6),
    city                  varchar(100),
    latitude              double precision,
    longitude             double precision,
    district_id           bigint,
    created_at            timestamp(6) with time zone not null,
    submitted_at          timestamp(6) with time zone,
    documents_requested   varchar(1000),
    verified_by           varchar(60),
    verified_at           timestamp(6) with time zone,
    qualified_unit_id     bigint,
    admitted_unit_id      bigint,
    confirmed_at          timestamp(6) with time zone,
    constraint fk_application_campaign foreign key (campaign_id) references recruitment_campaign (id),
    constraint fk_application_district foreign key (district_id) references district (id),
    constraint fk_application_qualified foreign key (qualified_unit_id) references recruitment_unit (id),
    constraint fk_application_admitted foreign key (admitted_unit_id) references recruitment_unit (id)
);
create index ix_application_campaign on recruitment_application (campaign_id, round, status);
create index ix_application_owner on recruitment_application (owner_login);

create table application_guardian (
    application_id bigint       not null,
    position       integer      not null,
    first_name     varchar(100) not null,
    last_name      varchar(100) not null,
    email          varchar(200),
    phone          varchar(40),
    primary key (application_id, position),
    constraint fk_guardian_application foreign key (application_id) references recruitment_application (id)
);

create table application_preference (
    application_id bigint  not null,
    position       integer not null,
    unit_id        bigint  not null,
    primary key (application_id, position),
    constraint fk_preference_application foreign key (application_id) references recruitment_application (id),
    constraint fk_preference_unit foreign key (unit_id) references recruitment_unit (id)
);
create index ix_preference_unit on application_preference (unit_id);

create table application_declaration (
    application_id bigint       not null,
    criterion      varchar(40)  not null,
    status         varchar(20)  not null,
    reason         varchar(1000),
    primary key (application_id, criterion),
    constraint fk_declaration_application foreign key (application_id) references recruitment_application (id)
);

create table application_document (
    application_id bigint        not null,
    position       integer       not null,
    criterion      varchar(40)   not null,
    sha256         varchar(64)   not null,
    file_name      varchar(255)  not null,
    media_type     varchar(100)  not null,
    size_bytes     bigint        not null,
    primary key (application_id, position),
    constraint fk_document_application foreign key (application_id) references recruitment_application (id)
);

create table assignment_run (
    id           bigint      not null primary key,
    campaign_id  bigint      not null,
    round        varchar(20) not null,
    ran_at       timestamp(6) with time zone not null,
    ran_by       varchar(60) not null,
    candidates   integer     not null,
    placed       integer     not null,
    final_result boolean     not null,
    input_digest varchar(64) not null,
    constraint fk_run_campaign foreign key (campaign_id) references recruitment_campaign (id)
);

create table run_tie (
    run_id          bigint        not null,
    position        integer       not null,
    unit_id         bigint        not null,
    priority_key    bigint        not null,
    places          integer       not null,
    application_ids varchar(4000) not null,
    primary key (run_id, position),
    constraint fk_run_tie_run foreign key (run_id) references assignment_run (id),
    constraint fk_run_tie_unit foreign key (unit_id) references recruitment_unit (id)
);

create table tie_resolution (
    id              bigint        not null primary key,
    campaign_id     bigint        not null,
    round           varchar(20)   not null,
    unit_id         bigint        not null,
    priority_key    bigint        not null,
    application_ids varchar(4000),
    extra_places    integer       not null,
    justification   varchar(2000) not null,
    decided_by      varchar(60)   not null,
    decided_at      timestamp(6) with time zone not null,
    constraint uk_tie_resolution unique (campaign_id, round, unit_id, priority_key),
    constraint fk_tie_resolution_campaign foreign key (campaign_id) references recruitment_campaign (id),
    constraint fk_tie_resolution_unit foreign key (unit_id) references recruitment_unit (id)
);

create table recruitment_appeal (
    id               bigint        not null primary key,
    version          bigint        not null,
    application_id   bigint        not null,
    unit_id          bigint        not null,
    requested_at     timestamp(6) with time zone not null,
    justification    varchar(4000),
    justified_by     varchar(60),
    justified_at     timestamp(6) with time zone,
    appeal_text      varchar(4000),
    appealed_at      timestamp(6) with time zone,
    outcome          varchar(20),
    outcome_reason   varchar(2000),
    decided_by       varchar(60),
    decided_at       timestamp(6) with time zone,
    constraint uk_appeal unique (application_id, unit_id),
    constraint fk_appeal_application foreign key (application_id) references recruitment_application (id),
    constraint fk_appeal_unit foreign key (unit_id) references recruitment_unit (id)
);

-- Parents' local accounts (cities without an identity broker) belong neither to a unit nor to an institution.
alter table user_account drop constraint ck_user_belongs;
alter table user_account add constraint ck_user_belongs check (institution_id is null or unit_id is null);
