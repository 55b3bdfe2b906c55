/**
 * Art. 158 Prawo oświatowe: a parent asks a committee for its justification, appeals to the director,
 * and the director decides; deadlines counted as the administrative code counts them.
 */
package pl.opium.recruitment.appeal;
