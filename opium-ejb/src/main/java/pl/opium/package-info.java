/**
 * OPIUM: the platform of a city's education department and its schools and preschools. One
 * package per feature; {@link pl.opium.OpiumException} is the refusal every feature speaks.
 */
package pl.opium;
