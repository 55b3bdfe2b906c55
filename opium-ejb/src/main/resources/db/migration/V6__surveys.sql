-- Excel surveys: the template a survey message carries and the sheets that define its structure;
-- every copy an institution uploaded (the newest is current, the others are its history), what
-- differed from the template and the author's decision; and the merges, kept for download.

alter table message add column survey_sha256 varchar(64);
alter table message add column survey_file_name varchar(255);
alter table message add column survey_media_type varchar(150);
alter table message add column survey_size_bytes bigint;

create table message_survey_sheet (
    message_id  bigint      not null,
    position    integer     not null,
    sheet_name  varchar(31) not null,
    header_rows integer     not null,
    primary key (message_id, position),
    constraint fk_message_survey_sheet foreign key (message_id) references message (id)
);

create table survey_copy (
    id               bigint       not null primary key,
    version          bigint       not null,
    delivery_id      bigint       not null,
    sha256           varchar(64)  not null,
    file_name        varchar(255) not null,
    media_type       varchar(150) not null,
    size_bytes       bigint       not null,
    uploaded_at      timestamp(6) with time zone not null,
    uploaded_by      varchar(60)  not null,
    verdict          varchar(20)  not null,
    difference_count integer      not null,
    decided_by       varchar(60),
    decided_at       timestamp(6) with time zone,
    is_current       boolean      not null,
    constraint fk_survey_copy_delivery foreign key (delivery_id) references delivery (id)
);
create index ix_survey_copy_delivery on survey_copy (delivery_id);

create table survey_copy_difference (
    copy_id    bigint        not null,
    position   integer       not null,
    kind       varchar(20)   not null,
    sheet_name varchar(31)   not null,
    cell_ref   varchar(12),
    expected   varchar(1000),
    found      varchar(1000),
    primary key (copy_id, position),
    constraint fk_survey_copy_difference foreign key (copy_id) references survey_copy (id)
);

create table survey_merge (
    id            bigint       not null primary key,
    version       bigint       not null,
    message_id    bigint       not null,
    layout        varchar(30)  not null,
    status        varchar(20)  not null,
    requested_by  varchar(60)  not null,
    started_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone,
    sha256        varchar(64),
    file_name     varchar(255),
    media_type    varchar(150),
    size_bytes    bigint,
    merged_copies integer,
    merged_rows   bigint,
    constraint fk_survey_merge_message foreign key (message_id) references message (id)
);
create index ix_survey_merge_message on survey_merge (message_id);
