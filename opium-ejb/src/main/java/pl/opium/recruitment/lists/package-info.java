/**
 * The lists of a round per unit (qualified, admitted, with the cut-off and the places left) and the
 * recruitment's documents: PDF lists to post, XLSX lists to work with, the application and the protocol.
 */
package pl.opium.recruitment.lists;
