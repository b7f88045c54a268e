/** Screens of casual consultations: the alumnus's requests on the portal, HR's pipeline, the .ics download. */
package jp.kizuna.alumni.web.consultation;
