package jp.kizuna.alumni.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.function.Supplier;

/**
 * The application's counters for operators, in the registry of WildFly's micrometer subsystem and
 * so on the management interface's /metrics (Prometheus format) beside WildFly's own: HR messages
 * accepted, refused and replayed, HR file rows applied and refused, mails sent and failed, directory
 * searches and how many were answered from reused results. (The sign-in role changes still waiting
 * are a gauge over the database, registered by identity.WaitingRoleChanges.) Each place that counts
 * calls one method here.
 *
 * <p>Meters are made with the registry's own methods ({@code counter(name, tags)},
 * {@code more().counter(...)}), never with {@code Counter.builder(...).register(registry)}: the
 * registry WildFly 39 injects is a per-deployment wrapper (ApplicationRegistry, WFLY-21061) that
 * passes only those methods on to the server's registry; what a builder registers stays inside the
 * wrapper and never reaches /metrics. So the meters carry no description (the list with their
 * meaning is in docs/operations.md), and WildFly adds the label {@code WF_DEPLOYMENT}.
 */
@ApplicationScoped
public class Metrics {

    /** Sends one mail; what {@link #mailed} counts. */
    @FunctionalInterface
    public interface Sending {
        void send() throws MessagingException;
    }

    @Inject
    MeterRegistry registry;

    private Counter directorySearches;
    private Counter directoryReads;

    @PostConstruct
    void register() {
        // Directory searches (pages and facets) asked for; those that read the database; the rest
        // were answered from reused results.
        directorySearches = registry.counter("alumni.directory.searches");
        directoryReads = registry.counter("alumni.directory.reads");
        registry.more().counter("alumni.directory.cache.hits", Tags.empty(), this, Metrics::directoryCacheHits);
    }

    /** Handles a new HR message: accepted when it returns, refused when it throws a business refusal. */
    public <T> T hrMessage(Supplier<T> handling) {
        return counted(handling, "accepted");
    }

    /** Answers a re-delivered HR message: replayed, or refused when its id came with other content. */
    public <T> T hrMessageAgain(Supplier<T> replay) {
        return counted(replay, "replayed");
    }

    private <T> T counted(Supplier<T> handling, String outcome) {
        try {
            T answer = handling.get();
            hrMessages(outcome).increment();
            return answer;
        } catch (BusinessException refused) {
            hrMessages("refused").increment();
            throw refused;
        }
    }

    private Counter hrMessages(String outcome) {
        return registry.counter("alumni.hr.messages", "outcome", outcome); // SOAP and REST
    }

    /** One HR file import finished: its rows applied (created, updated, unchanged) and refused. */
    public void importRows(long applied, long refused) {
        importRows("applied").increment(applied);
        importRows("refused").increment(refused);
    }

    private Counter importRows(String outcome) {
        return registry.counter("alumni.import.rows", "outcome", outcome);
    }

    public void mailed(Sending sending) throws MessagingException {
        try {
            sending.send();
            mails("sent").increment();
        } catch (MessagingException | RuntimeException failed) {
            mails("failed").increment();
            throw failed;
        }
    }

    private Counter mails(String outcome) {
        return registry.counter("alumni.mails", "outcome", outcome); // handed to the relay, or failed
    }

    /**
     * Reads first, searches second: a search is counted before its read, so the difference never
     * goes below zero (a negative counter makes the whole Prometheus scrape fail).
     */
    private double directoryCacheHits() {
        double reads = directoryReads.count();
        return Math.max(0, directorySearches.count() - reads);
    }

    public void directorySearched() {
        directorySearches.increment();
    }

    /** A directory search that found no reusable result and read the database. */
    public void directoryRead() {
        directoryReads.increment();
    }
}
