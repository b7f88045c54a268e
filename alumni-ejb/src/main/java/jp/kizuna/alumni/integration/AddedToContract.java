package jp.kizuna.alumni.integration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optional field added to a published contract version (v1-compatible: senders written before it
 * never send it). While such a field is absent it is left out of the request digest, so a message
 * stored before the field existed hashes the same when it is delivered again ({@link RequestDigest}).
 * {@code value} is the contract revision that added it, for the reader.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AddedToContract {
    String value();
}
