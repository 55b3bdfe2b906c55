-- Whom a message was addressed to, and one delivery per institution and per person it reached.

create table message_recipient (
    message_id bigint      not null,
    kind       varchar(30) not null,
    ref_id     bigint      not null,
    primary key (message_id, kind, ref_id),
    constraint fk_recipient_message foreign key (message_id) references message (id)
);

create table delivery (
    id             bigint       not null primary key,
    version        bigint       not null,
    message_id     bigint       not null,
    -- "I:<institution id>" or "U:<account id>": unique per message, so a redelivered JMS message
    -- or a fan-out restarted after a crash can never deliver twice
    recipient_key  varchar(30)  not null,
    institution_id bigint,
    account_id     bigint,
    delivered_at   timestamp(6) with time zone not null,
    read_at        timestamp(6) with time zone,
    read_by        varchar(60),
    constraint uk_delivery_recipient unique (message_id, recipient_key),
    constraint fk_delivery_message foreign key (message_id) references message (id),
    constraint fk_delivery_institution foreign key (institution_id) references institution (id),
    constraint fk_delivery_account foreign key (account_id) references user_account (id),
    constraint ck_delivery_one_recipient check ((institution_id is null) <> (account_id is null))
);
create index ix_delivery_institution on delivery (institution_id);
create index ix_delivery_account on delivery (account_id);
