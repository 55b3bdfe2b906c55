/**
 * The edges of container-managed FORM login: auditing successes and failures, and logging out.
 * The password check itself is Elytron's, against the application's user table.
 */
package pl.opium.web.login;
