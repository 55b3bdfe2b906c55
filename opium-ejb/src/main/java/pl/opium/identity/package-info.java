/**
 * Accounts, roles, the current user and what they may see (scoping), password hashing and the
 * audit log. Login itself is the container's: Elytron's jdbc-realm reads {@code user_account}.
 */
package pl.opium.identity;
