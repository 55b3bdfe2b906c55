-- Registry of institutions, department units, accounts and the audit log.
-- Written to run unchanged on PostgreSQL and on H2 (MODE=PostgreSQL).

create sequence opium_seq start with 1 increment by 50;

create table district (
    id          bigint       not null primary key,
    version     bigint       not null,
    name        varchar(100) not null,
    constraint uk_district_name unique (name)
);

create table institution (
    id              bigint       not null primary key,
    version         bigint       not null,
    name            varchar(300) not null,
    short_name      varchar(60)  not null,
    type            varchar(40)  not null,
    rspo_number     varchar(10),
    regon           varchar(14),
    street          varchar(200),
    building_number varchar(20),
    postal_code     varchar(6),
    city            varchar(100),
    latitude        double precision,
    longitude       double precision,
    district_id     bigint,
    phone           varchar(40),
    email           varchar(200),
    website         varchar(300),
    active          boolean      not null,
    constraint uk_institution_rspo unique (rspo_number),
    constraint fk_institution_district foreign key (district_id) references district (id)
);
create index ix_institution_type on institution (type);

create table staff_member (
    id             bigint       not null primary key,
    version        bigint       not null,
    institution_id bigint       not null,
    first_name     varchar(100) not null,
    last_name      varchar(100) not null,
    staff_function varchar(40)  not null,
    phone          varchar(40),
    email          varchar(200),
    active         boolean      not null,
    constraint fk_staff_institution foreign key (institution_id) references institution (id)
);
create index ix_staff_institution on staff_member (institution_id);

create table department_unit (
    id                          bigint       not null primary key,
    version                     bigint       not null,
    name                        varchar(200) not null,
    code                        varchar(20)  not null,
    head_id                     bigint,
    director_approval_required  boolean      not null,
    active                      boolean      not null,
    constraint uk_unit_code unique (code)
);

create table user_account (
    id              bigint       not null primary key,
    version         bigint       not null,
    username        varchar(60)  not null,
    password_hash   varchar(100) not null,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    email           varchar(200),
    phone           varchar(40),
    institution_id  bigint,
    unit_id         bigint,
    locked          boolean      not null,
    active          boolean      not null,
    failed_logins   integer      not null,
    created_at      timestamp(6) with time zone not null,
    last_login_at   timestamp(6) with time zone,
    password_changed_at timestamp(6) with time zone,
    constraint uk_user_username unique (username),
    constraint fk_user_institution foreign key (institution_id) references institution (id),
    constraint fk_user_unit foreign key (unit_id) references department_unit (id),
    -- every user belongs either to a department unit or to an institution, never to both
    constraint ck_user_belongs check ((institution_id is null) <> (unit_id is null))
);
create index ix_user_institution on user_account (institution_id);
create index ix_user_unit on user_account (unit_id);

alter table department_unit add constraint fk_unit_head foreign key (head_id) references user_account (id);

create table user_role (
    user_id bigint      not null,
    role    varchar(40) not null,
    primary key (user_id, role),
    constraint fk_role_user foreign key (user_id) references user_account (id)
);

create table institution_group (
    id               bigint       not null primary key,
    version          bigint       not null,
    name             varchar(200) not null,
    description      varchar(1000),
    kind             varchar(20)  not null,
    institution_type varchar(40),
    owner_id         bigint,
    active           boolean      not null,
    constraint fk_group_owner foreign key (owner_id) references user_account (id),
    -- an automatic group is defined by a type and has no chosen members
    constraint ck_group_kind check ((kind = 'AUTOMATIC') = (institution_type is not null))
);

create table institution_group_member (
    group_id       bigint not null,
    institution_id bigint not null,
    primary key (group_id, institution_id),
    constraint fk_member_group foreign key (group_id) references institution_group (id),
    constraint fk_member_institution foreign key (institution_id) references institution (id)
);

create table audit_entry (
    id          bigint       not null primary key,
    occurred_at timestamp(6) with time zone not null,
    actor       varchar(60),
    action      varchar(40)  not null,
    target_type varchar(60),
    target_id   varchar(60),
    details     varchar(2000),
    remote_address varchar(45)
);
create index ix_audit_at on audit_entry (occurred_at);
create index ix_audit_target on audit_entry (target_type, target_id);
