-- Secondary-school recruitment: the campaign's points scale (the regulation's values unless the city
-- changes them) and each application's exam results, certificate grades and achievements.

alter table recruitment_campaign add column secondary_scale varchar(2000);

alter table recruitment_application add column exam_polish integer;
alter table recruitment_application add column exam_maths integer;
alter table recruitment_application add column exam_language integer;
alter table recruitment_application add column achievements integer default 0 not null;

create table application_grade (
    application_id bigint      not null,
    subject        varchar(60) not null,
    grade          integer     not null,
    primary key (application_id, subject),
    constraint fk_grade_application foreign key (application_id) references recruitment_application (id)
);
