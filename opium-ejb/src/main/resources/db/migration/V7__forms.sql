-- Electronic forms: a definition is stored whole as JSON (once answered it never changes under its
-- answers), and each institution's answers to a form in a context (a message now, an application
-- later: "message:42") are one row, a draft until submitted.

create table form_definition (
    id         bigint         not null primary key,
    version    bigint         not null,
    title      varchar(300)   not null,
    definition varchar(200000) not null,
    owner_id   bigint         not null,
    created_at timestamp(6) with time zone not null,
    constraint fk_form_definition_owner foreign key (owner_id) references user_account (id)
);

create table form_response (
    id             bigint          not null primary key,
    version        bigint          not null,
    form_id        bigint          not null,
    context        varchar(60)     not null,
    institution_id bigint          not null,
    answers        varchar(1000000) not null,
    status         varchar(20)     not null,
    saved_at       timestamp(6) with time zone not null,
    saved_by       varchar(60)     not null,
    submitted_at   timestamp(6) with time zone,
    constraint uk_form_response unique (form_id, context, institution_id),
    constraint fk_form_response_form foreign key (form_id) references form_definition (id),
    constraint fk_form_response_institution foreign key (institution_id) references institution (id)
);
