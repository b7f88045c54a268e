/**
 * HR integration: keeping the employee master data in step with the company's HR system.
 * Batches of employee records are upserted with one query per batch, every inbound message is
 * applied exactly once (its id and answer are stored with its effect), and HR files in CSV,
 * including the Shift_JIS files Japanese HR systems produce, are imported and exported.
 * The SOAP and REST endpoints in alumni-ws and the import screen only translate to these services.
 */
package jp.kizuna.alumni.integration;
