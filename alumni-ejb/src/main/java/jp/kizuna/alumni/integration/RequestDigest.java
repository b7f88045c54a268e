package jp.kizuna.alumni.integration;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of a request to an HR operation, by which a re-used message id is told from a
 * re-delivery. The request (records, lists, texts, dates, numbers) is fed to the hash as tagged,
 * length-prefixed values, which is unambiguous and several times cheaper than writing a thousand
 * employees as JSON first. Digests stored before this form (JSON) are recognised by
 * {@link #legacy}.
 */
final class RequestDigest {

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private final MessageDigest sha;
    private final byte[] buffer = new byte[16 * 1024];
    private int used;

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
        return digest.hex();
    }

    /** The digest as first stored: SHA-256 of the operation, a line feed and the request as JSON. */
    static String legacy(String operation, byte[] json) {
        RequestDigest digest = new RequestDigest();
        digest.sha.update(operation.getBytes(StandardCharsets.UTF_8));
        digest.sha.update((byte) '\n');
        digest.sha.update(json);
        return HexFormat.of().formatHex(digest.sha.digest());
    }

    private void value(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof Collection<?> values) {
            tag('l');
            number(values.size());
            values.forEach(this::value);
        } else if (value instanceof Record record) {
            tag('r');
            text(record.getClass().getName());
            RecordComponent[] components = COMPONENTS.computeIfAbsent(record.getClass(), Class::getRecordComponents);
            number(components.length);
            for (RecordComponent component : components) {
                try {
                    value(component.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException unreadable) {
                    throw new IllegalStateException("Cannot read " + component, unreadable);
                }
            }
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.time.temporal.TemporalAccessor) {
            // Types whose text is their value: numbers, booleans, enum constants, ISO dates and times.
            tag('v');
            text(value.getClass().getName());
            text(value.toString());
        } else {
            throw new IllegalArgumentException("No digest for a " + value.getClass().getName());
        }
    }

    private void tag(char tag) {
        room(1);
        buffer[used++] = (byte) tag;
    }

    private void number(int number) {
        room(4);
        buffer[used++] = (byte) (number >>> 24);
        buffer[used++] = (byte) (number >>> 16);
        buffer[used++] = (byte) (number >>> 8);
        buffer[used++] = (byte) number;
    }

    /** The length in UTF-16 units, then each unit as two bytes: no encoding step, no ambiguity. */
    private void text(String text) {
        number(text.length());
        for (int i = 0; i < text.length(); i++) {
            room(2);
            char c = text.charAt(i);
            buffer[used++] = (byte) (c >>> 8);
            buffer[used++] = (byte) c;
        }
    }

    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            sha.update(buffer, 0, used);
            used = 0;
        }
    }

    private String hex() {
        sha.update(buffer, 0, used);
        return HexFormat.of().formatHex(sha.digest());
    }
}
