/**
 * The demo city: created on the first start with an empty database when the server runs with
 * {@code -Dopium.demo=true} (what the README's run command does). Never in production, where the
 * property is absent.
 */
package pl.opium.demo;
