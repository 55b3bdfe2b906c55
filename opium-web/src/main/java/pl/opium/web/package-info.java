/**
 * The intranet UI: one {@code @ViewScoped} bean per page, the Java path mirroring the view path
 * ({@code registry/institutions.xhtml} ↔ {@code pl.opium.web.registry.InstitutionsView}).
 */
package pl.opium.web;
