/**
 * A parent's application: filed, documented and submitted on the portal, verified by the first-choice
 * institution (declared criteria confirmed or rejected), its priority at each unit computed from the
 * criteria, and its life as a workflow ({@link pl.opium.recruitment.application.ApplicationFlow}).
 */
package pl.opium.recruitment.application;
