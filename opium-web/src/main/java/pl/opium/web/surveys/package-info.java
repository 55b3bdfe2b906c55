/** Survey pages: the template on the compose page, copies on the received page, decisions and merges on the board. */
package pl.opium.web.surveys;
