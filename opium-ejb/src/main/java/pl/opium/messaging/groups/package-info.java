/**
 * User groups: named lists of people an officer addresses messages to.
 */
package pl.opium.messaging.groups;
