/**
 * What is waiting for HR across the capabilities (new resignations, interviews to write up,
 * overdue tasks, alumni who raised their hand for an opening, sign-in role changes Keycloak has
 * not taken yet), read in one transaction for the HR home. Reads only: each item links to the
 * screen of its own capability, where the work is done.
 */
package jp.kizuna.alumni.worklist;
