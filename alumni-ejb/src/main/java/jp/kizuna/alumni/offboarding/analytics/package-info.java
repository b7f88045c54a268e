/**
 * HR's view over all offboarding cases: departures, real reasons, retention success and the
 * leavers' experience, by department and period. Everything is aggregated in the database, and
 * any group smaller than the configured minimum is left out so no leaver can be recognised.
 */
package jp.kizuna.alumni.offboarding.analytics;
