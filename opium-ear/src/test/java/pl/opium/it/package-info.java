/**
 * Integration tests on the real, provisioned WildFly: the real EAR (from {@code target/opium.ear})
 * with the test classes added to its WAR, against H2 or PostgreSQL as the Maven profile chose.
 */
package pl.opium.it;
