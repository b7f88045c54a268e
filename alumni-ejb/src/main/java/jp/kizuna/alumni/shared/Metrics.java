package jp.kizuna.alumni.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
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
        directorySearches = Counter.builder("alumni.directory.searches")
                .description("Directory searches (pages and facets) asked for").register(registry);
        directoryReads = Counter.builder("alumni.directory.reads")
                .description("Directory searches that read the database (not answered from reused results)")
                .register(registry);
        FunctionCounter.builder("alumni.directory.cache.hits", this,
                        metrics -> metrics.directorySearches.count() - metrics.directoryReads.count())
                .description("Directory searches answered from reused results").register(registry);
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
        return Counter.builder("alumni.hr.messages").tag("outcome", outcome)
                .description("HR messages (SOAP and REST) by outcome").register(registry);
    }

    /** One HR file import finished: its rows applied (created, updated, unchanged) and refused. */
    public void importRows(long applied, long refused) {
        importRows("applied").increment(applied);
        importRows("refused").increment(refused);
    }

    private Counter importRows(String outcome) {
        return Counter.builder("alumni.import.rows").tag("outcome", outcome)
                .description("Rows of HR files by outcome").register(registry);
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
        return Counter.builder("alumni.mails").tag("outcome", outcome)
                .description("Mails handed to the relay, or failed").register(registry);
    }

    public void directorySearched() {
        directorySearches.increment();
    }

    /** A directory search that found no reusable result and read the database. */
    public void directoryRead() {
        directoryReads.increment();
    }
}
