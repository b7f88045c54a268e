package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a stated reason (the wording of the notice) says: PERSONAL for 「一身上の都合」 and its variants,
 * a reason category code, NOT_STATED or UNCLASSIFIED, by the phrases of {@code stated_reason_phrase}
 * (the first match by priority wins). A case keeps its kind from when it was opened, so the gap
 * analytics count kinds instead of matching every phrase against every case at each request.
 *
 * <p>The rule is one SQL expression ({@link #kindOf(String)}) so that the analytics can classify rows
 * written without a kind (by a node still on the release before V292) exactly as a case is classified
 * when it is opened.
 */
@Stateless
public class StatedReasons {

    public static final String PERSONAL = "PERSONAL";
    public static final String NOT_STATED = "NOT_STATED";
    public static final String UNCLASSIFIED = "UNCLASSIFIED";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /** The kind of a stated reason column or parameter, as SQL; the same on PostgreSQL and H2. */
    public static String kindOf(String text) {
        return "CASE WHEN " + text + " IS NULL THEN '" + NOT_STATED + "' ELSE COALESCE((SELECT p.kind FROM"
                + " stated_reason_phrase p WHERE LOWER(" + text + ") LIKE '%' || p.phrase || '%'"
                + " ORDER BY p.priority, p.id FETCH FIRST 1 ROWS ONLY), '" + UNCLASSIFIED + "') END";
    }

    /** @PermitAll: it reads only the phrase table; whoever may open a case has the text already. */
    @PermitAll
    public String kindOf(OffboardingCase opened) {
        if (opened.getStatedReason() == null) {
            return NOT_STATED;
        }
        return (String) em.createNativeQuery("SELECT " + kindOf("CAST(?1 AS VARCHAR(500))"))
                .setParameter(1, opened.getStatedReason())
                .getSingleResult();
    }
}
