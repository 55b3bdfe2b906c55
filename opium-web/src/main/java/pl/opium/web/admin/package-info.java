/** The administrator's screens: accounts and the audit log. */
package pl.opium.web.admin;
