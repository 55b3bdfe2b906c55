/**
 * Electronic forms: a definition (sections, fields of nine types, repeatable tables), answers, their
 * check, statistics and exports. Plain Java and independent of messaging: a message can ask for a
 * form as its reply, and grant applications will use the same definitions.
 */
package pl.opium.forms;
