-- Attachments of messages and replies (the files themselves are in the content-addressed store,
-- named by their SHA-256), replies, reminders and the user groups people address messages to.

create table message_attachment (
    message_id bigint       not null,
    position   integer      not null,
    sha256     varchar(64)  not null,
    file_name  varchar(255) not null,
    media_type varchar(150) not null,
    size_bytes bigint       not null,
    primary key (message_id, position),
    constraint fk_message_attachment foreign key (message_id) references message (id)
);

create table reply (
    id           bigint        not null primary key,
    version      bigint        not null,
    delivery_id  bigint        not null,
    text         varchar(20000),
    status       varchar(20)   not null,
    submitted_at timestamp(6) with time zone not null,
    submitted_by varchar(60)   not null,
    late         boolean       not null,
    constraint uk_reply_delivery unique (delivery_id),
    constraint fk_reply_delivery foreign key (delivery_id) references delivery (id)
);

create table reply_attachment (
    reply_id   bigint       not null,
    position   integer      not null,
    sha256     varchar(64)  not null,
    file_name  varchar(255) not null,
    media_type varchar(150) not null,
    size_bytes bigint       not null,
    primary key (reply_id, position),
    constraint fk_reply_attachment foreign key (reply_id) references reply (id)
);

create table reminder (
    id              bigint      not null primary key,
    message_id      bigint      not null,
    kind            varchar(20) not null,
    sent_at         timestamp(6) with time zone not null,
    sent_by         varchar(60) not null,
    recipient_count integer     not null,
    constraint fk_reminder_message foreign key (message_id) references message (id)
);
create index ix_reminder_message on reminder (message_id);

alter table delivery add column reminded_at timestamp(6) with time zone;
alter table delivery add column reminder_count integer default 0 not null;
create index ix_message_sent on message (sent_at);

create table user_group (
    id         bigint       not null primary key,
    version    bigint       not null,
    name       varchar(120) not null,
    owner_id   bigint       not null,
    created_at timestamp(6) with time zone not null,
    constraint fk_user_group_owner foreign key (owner_id) references user_account (id)
);

create table user_group_member (
    group_id   bigint not null,
    account_id bigint not null,
    primary key (group_id, account_id),
    constraint fk_user_group_member_group foreign key (group_id) references user_group (id),
    constraint fk_user_group_member_account foreign key (account_id) references user_account (id)
);
