/**
 * Excel surveys: a template goes out with a message, every institution sends its filled copy back,
 * the copy is checked against the template ({@link pl.opium.surveys.SurveyCheck}) and all copies are
 * merged into one workbook ({@link pl.opium.surveys.SurveyMerge}). The engines are plain Java on
 * Apache POI and read replies row by row, so 320 large workbooks merge in bounded memory.
 */
package pl.opium.surveys;
