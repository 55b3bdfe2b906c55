/**
 * What protects every answer of both web applications before any page code runs: security headers
 * and the session cookie's attributes (the login throttle sits beside, in {@code login}).
 */
package pl.opium.web.security;
