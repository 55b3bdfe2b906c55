-- The recruitment committee an institution's director appoints for a campaign (art. 157 Prawo oświatowe).
create table recruitment_committee_member (
    offer_id   bigint       not null,
    position   integer      not null,
    first_name varchar(100) not null,
    last_name  varchar(100) not null,
    chair      boolean      not null,
    constraint pk_recruitment_committee_member primary key (offer_id, position),
    constraint fk_committee_offer foreign key (offer_id) references recruitment_offer (id)
);
