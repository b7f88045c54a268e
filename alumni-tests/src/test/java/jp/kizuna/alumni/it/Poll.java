package jp.kizuna.alumni.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waiting for something the server does on its own time (a timer, an import, a mail, a token's
 * expiry): ask again every {@code interval} until the condition holds, and fail with what was
 * awaited when it never does. Tests poll instead of sleeping a guessed time, so they are as fast
 * as the server and do not fail on a slow machine.
 */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private Poll() {}

    /** Waits until {@code condition} is true; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        value(what, timeout, () -> Boolean.TRUE.equals(condition.call()) ? Boolean.TRUE : null);
    }

    /** Waits until {@code probe} returns a value (not null) and returns it; fails naming {@code what} after {@code timeout}. */
    public static <T> T value(String what, Duration timeout, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T found = probe.call();
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
            }
            Thread.sleep(INTERVAL.toMillis());
        }
    }
}
