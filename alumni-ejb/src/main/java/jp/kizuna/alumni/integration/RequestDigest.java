package jp.kizuna.alumni.integration;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;

/**
 * The SHA-256 of a request to an HR operation, by which a re-used message id is told from a
 * re-delivery. The request (records, lists, texts, dates, numbers) is fed to the hash as tagged,
 * length-prefixed values: unambiguous, and no JSON text of a thousand employees is built only
 * to be hashed.
 */
final class RequestDigest {

    /**
     * The components of each record class, read by reflection once per class. Not application
     * state: the class's own shape, the same on every node and never changed; a ClassValue keeps it
     * with the class, so it goes with the deployment's class loader on a redeploy.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private final MessageDigest sha;

    private RequestDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String of(String operation, Object request) {
        RequestDigest digest = new RequestDigest();
        digest.text("v2");
        digest.text(operation);
        digest.value(request);
        return HexFormat.of().formatHex(digest.sha.digest());
    }

    // Small methods on purpose: the JIT compiles each early; one large recursive method is compiled
    // late and runs interpreted through the first large batches.
    private void value(Object value) {
        if (value == null) {
            sha.update((byte) '0');
        } else if (value instanceof String text) {
            sha.update((byte) 's');
            text(text);
        } else if (value instanceof Collection<?> values) {
            list(values);
        } else if (value instanceof Record record) {
            record(record);
        } else {
            scalar(value);
        }
    }

    private void list(Collection<?> values) {
        sha.update((byte) 'l');
        number(values.size());
        for (Object value : values) {
            value(value);
        }
    }

    private void record(Record record) {
        sha.update((byte) 'r');
        text(record.getClass().getName());
        RecordComponent[] components = COMPONENTS.get(record.getClass());
        Object[] values = new Object[components.length];
        int count = 0;
        for (int i = 0; i < components.length; i++) {
            values[i] = read(record, components[i]);
            if (values[i] != null || !components[i].isAnnotationPresent(AddedToContract.class)) {
                count++;
            }
        }
        // A field added to the contract counts only when sent: earlier messages keep their digest.
        number(count);
        for (int i = 0; i < components.length; i++) {
            if (values[i] != null || !components[i].isAnnotationPresent(AddedToContract.class)) {
                value(values[i]);
            }
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException("Cannot read " + component, unreadable);
        }
    }

    /** Types whose text is their value: numbers, booleans, enum constants, ISO dates and times. */
    private void scalar(Object value) {
        if (!(value instanceof Number
                || value instanceof Boolean
                || value instanceof Enum<?>
                || value instanceof TemporalAccessor)) {
            throw new IllegalArgumentException(
                    "No digest for a " + value.getClass().getName());
        }
        sha.update((byte) 'v');
        text(value.getClass().getName());
        text(value.toString());
    }

    private void number(int number) {
        sha.update((byte) (number >>> 24));
        sha.update((byte) (number >>> 16));
        sha.update((byte) (number >>> 8));
        sha.update((byte) number);
    }

    /** The length in bytes, then the UTF-8 bytes: no ambiguity between neighbouring texts. */
    private void text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        sha.update(bytes);
    }
}
