/**
 * Subject access: a person's own copy of what the application holds about them (APPI Art. 33
 * disclosure, GDPR Art. 15 access and Art. 20 portability), gathered from every capability. Nothing
 * else depends on this package.
 */
package jp.kizuna.alumni.subjectaccess;
