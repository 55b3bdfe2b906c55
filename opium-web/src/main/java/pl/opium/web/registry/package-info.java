/** Views of the registry: institutions, staff contacts, groups, units and the RSPO import. */
package pl.opium.web.registry;
