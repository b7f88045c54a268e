package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Metrics;
import jp.kizuna.alumni.shared.Roles;

/**
 * Applies an HR system's message exactly once. The message id is inserted (and flushed, so the
 * unique key is taken) before the effect runs, and the serialized answer is stored with the effect
 * in the same transaction: a crash loses both or neither, and a re-delivery gets the stored answer.
 * A concurrent duplicate waits on the unique key and then fails; {@link HrInbox} retries it once,
 * and the retry finds the answer.
 */
@Stateless
@RolesAllowed(Roles.HR_SYSTEM)
public class HrMessageLog {

    private static final Pattern MESSAGE_ID = Pattern.compile("[\\p{Alnum}._:@/+=-]{1,100}");
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Metrics metrics;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public <T> T once(String messageId, String operation, Object request, Class<T> answerType, Supplier<T> effect) {
        requireValid(messageId);
        String digest = digest(operation, request);
        Optional<HrMessage> earlier = find(messageId);
        if (earlier.isPresent()) {
            return metrics.hrMessageAgain(() -> replay(earlier.get(), operation, digest, answerType));
        }
        HrMessage message = new HrMessage(messageId, operation, digest, caller.login(), LocalDateTime.now(clock));
        em.persist(message);
        em.flush();
        T answer = metrics.hrMessage(effect);
        message.answered(JSON.toJson(answer));
        em.flush(); // a clash with a concurrent message shows here, as a failure the inbox can tell apart
        return answer;
    }

    /** True when a message with this id has been committed; used to tell a lost race from a failure. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isKnown(String messageId) {
        return find(messageId).isPresent();
    }

    static void requireValid(String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new BusinessException("integration.message.idInvalid", String.valueOf(messageId));
        }
    }

    private <T> T replay(HrMessage earlier, String operation, String digest, Class<T> answerType) {
        if (!earlier.isSameRequest(operation, digest)) {
            throw new BusinessException("integration.message.reused", earlier.getMessageId(), earlier.getOperation());
        }
        return JSON.fromJson(earlier.getResponse(), answerType);
    }

    private Optional<HrMessage> find(String messageId) {
        return em.createQuery("select m from HrMessage m where m.messageId = :id", HrMessage.class)
                .setParameter("id", messageId)
                .getResultStream()
                .findFirst();
    }

    static String digest(String operation, Object request) {
        return RequestDigest.of(operation, request);
    }
}
