-- Every transition of every workflow (who, when, from, to, comment), and the messages themselves.

create table transition_record (
    id           bigint       not null primary key,
    subject_type varchar(60)  not null,
    subject_id   bigint       not null,
    action       varchar(40)  not null,
    from_state   varchar(40)  not null,
    to_state     varchar(40)  not null,
    actor        varchar(60)  not null,
    occurred_at  timestamp(6) with time zone not null,
    comment      varchar(2000)
);
create index ix_transition_subject on transition_record (subject_type, subject_id);

create table message (
    id                          bigint        not null primary key,
    version                     bigint        not null,
    subject                     varchar(300)  not null,
    body                        varchar(200000),
    author_id                   bigint        not null,
    unit_id                     bigint        not null,
    status                      varchar(30)   not null,
    director_approval_requested boolean       not null,
    director_approval_required  boolean       not null,
    priority                    varchar(20)   not null,
    reply_expected              varchar(20)   not null,
    reply_deadline              date,
    created_at                  timestamp(6) with time zone not null,
    sent_at                     timestamp(6) with time zone,
    constraint fk_message_author foreign key (author_id) references user_account (id),
    constraint fk_message_unit foreign key (unit_id) references department_unit (id)
);
create index ix_message_status on message (status);
create index ix_message_author on message (author_id);
