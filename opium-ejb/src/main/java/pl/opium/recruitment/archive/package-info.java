/**
 * Keeping and forgetting: an institution's applications in one ZIP for external storage, the retention
 * period, holding single applications back, and the purge that erases personal data.
 */
package pl.opium.recruitment.archive;
