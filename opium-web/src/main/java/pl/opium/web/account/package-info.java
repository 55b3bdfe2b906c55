/** What every user does with their own account. */
package pl.opium.web.account;
