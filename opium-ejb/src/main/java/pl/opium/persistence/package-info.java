/**
 * What every entity shares (identity from one pooled sequence, optimistic version) and the Flyway
 * migration that owns the schema before Hibernate validates it.
 */
package pl.opium.persistence;
