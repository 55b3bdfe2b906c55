-- One automatic group per institution type: its members follow the registry as it changes.
insert into institution_group (id, version, name, description, kind, institution_type, owner_id, active) values
 (nextval('opium_seq'), 0, 'Wszystkie przedszkola', null, 'AUTOMATIC', 'PRESCHOOL', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie szkoły podstawowe', null, 'AUTOMATIC', 'PRIMARY_SCHOOL', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie licea ogólnokształcące', null, 'AUTOMATIC', 'GENERAL_SECONDARY', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie technika', null, 'AUTOMATIC', 'TECHNICAL_SECONDARY', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie branżowe szkoły I stopnia', null, 'AUTOMATIC', 'VOCATIONAL', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie szkoły specjalne', null, 'AUTOMATIC', 'SPECIAL_SCHOOL', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie poradnie psychologiczno-pedagogiczne', null, 'AUTOMATIC', 'COUNSELLING_CENTRE', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie placówki wychowania pozaszkolnego', null, 'AUTOMATIC', 'YOUTH_CENTRE', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie bursy i internaty', null, 'AUTOMATIC', 'DORMITORY', null, true),
 (nextval('opium_seq'), 0, 'Wszystkie zespoły szkół', null, 'AUTOMATIC', 'SCHOOL_COMPLEX', null, true);
