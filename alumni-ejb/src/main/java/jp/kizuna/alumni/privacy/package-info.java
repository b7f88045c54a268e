/**
 * Personal data of alumni under APPI/GDPR: consent recorded per purpose with the version of the
 * text the person agreed to, its withdrawal, and erasure. Other capabilities ask here whether a
 * purpose is allowed and erase their own data when {@link jp.kizuna.alumni.privacy.ErasureRequested} fires.
 */
package jp.kizuna.alumni.privacy;
