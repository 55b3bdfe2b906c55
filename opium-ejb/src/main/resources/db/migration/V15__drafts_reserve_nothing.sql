-- Only a submitted application holds the child's one live application in a round: a draft reserves
-- nothing, so nobody can block another family's child by typing its PESEL into a draft.
update recruitment_application set live_pesel = null where status = 'DRAFT';
