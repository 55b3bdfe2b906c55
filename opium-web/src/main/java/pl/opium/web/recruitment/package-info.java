/** The department's and institutions' recruitment screens: campaigns, schedules, offers. */
package pl.opium.web.recruitment;
