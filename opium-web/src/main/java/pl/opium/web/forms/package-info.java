/** Electronic forms on pages: the builder, and filling in a form wherever a feature asks for one. */
package pl.opium.web.forms;
