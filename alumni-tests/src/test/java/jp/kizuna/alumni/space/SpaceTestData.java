package jp.kizuna.alumni.space;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import jp.kizuna.alumni.network.AlumniNetwork;

/** What the space tests prepare and look at past the services; one transaction a call. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SpaceTestData {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /** The company-wide network, as enrolment opens it when the first member joins. */
    public AlumniNetwork companyNetwork() {
        return em.createQuery("select n from AlumniNetwork n where n.code = :c", AlumniNetwork.class)
                .setParameter("c", AlumniNetwork.COMPANY_WIDE)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    AlumniNetwork company = new AlumniNetwork(
                            AlumniNetwork.COMPANY_WIDE,
                            "全社アルムナイネットワーク",
                            "Company alumni network",
                            null,
                            LocalDateTime.now());
                    em.persist(company);
                    return company;
                });
    }

    public SpacePost post(long id) {
        return em.find(SpacePost.class, id);
    }

    /** Makes a thread look as if nobody wrote in it since {@code when}. */
    public void lastActivityAt(long postId, LocalDateTime when) {
        em.createQuery("update SpacePost p set p.lastActivityAt = :w, p.postedAt = :w where p.id = :id")
                .setParameter("w", when)
                .setParameter("id", postId)
                .executeUpdate();
    }

    /** Makes the member's last digest look as if it went out at {@code when}. */
    public void lastDigestAt(long profileId, LocalDateTime when) {
        em.createQuery("update DigestChoice d set d.lastSentAt = :w where d.member.id = :id")
                .setParameter("w", when)
                .setParameter("id", profileId)
                .executeUpdate();
    }

    public LocalDateTime lastDigestOf(long profileId) {
        return em.createQuery("select d.lastSentAt from DigestChoice d where d.member.id = :id", LocalDateTime.class)
                .setParameter("id", profileId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public long count(String jpql, Object parameter) {
        return em.createQuery(jpql, Long.class).setParameter("p", parameter).getSingleResult();
    }
}
