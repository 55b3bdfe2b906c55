/**
 * The registry of institutions (placówki), their staff contacts, districts, department units
 * (referaty) and institution groups; identifier checks (REGON, RSPO, PESEL) and the import of the
 * public RSPO register export. Everything else in OPIUM addresses institutions through here.
 */
package pl.opium.registry;
