/** Screens of the APPI third-party provision record: HR's list and its CSV export. */
package jp.kizuna.alumni.web.privacy;
