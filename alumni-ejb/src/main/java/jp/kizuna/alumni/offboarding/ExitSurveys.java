package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.OutgoingMail;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.MailFailure;

/**
 * The exit survey behind a personal link. The link is the credential because the leaver may
 * have no account any more after the last day; it is long, random, single-use and expires.
 */
@Stateless
public class ExitSurveys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(ExitSurveys.class.getName());
    private static final int BATCH = 200;

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OffboardingSettings settings;

    @Inject
    private OutgoingMail mail;

    @Inject
    private CaseAccess access;

    @Inject
    private ExitSurveys self;

    /** Called by {@link OffboardingCases#openCase}; the link is valid until some weeks after the last day. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public String issueFor(OffboardingCase offboarding) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        offboarding.issueSurvey(token, offboarding.getLastDay().plusDays(settings.surveyValidDays()));
        return token;
    }

    /** The personal link to the survey page; the token in it is the leaver's credential, so it stays inside this bean. */
    private String linkFor(OffboardingCase offboarding) {
        return settings.publicUrl() + "/survey/index.xhtml?token=" + offboarding.getSurveyToken();
    }

    /**
     * Mails the link now, to the personal address if there is one (the work address closes on the
     * last day), in the leaver's language. Refused when the survey is answered, expired or the case
     * withdrawn, or when there is no address at all.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    public LocalDateTime mailLink(long caseId) {
        OffboardingCase offboarding = access.visibleCase(caseId);
        if (!offboarding.surveyOpen(LocalDate.now(clock))) {
            throw new BusinessException("offboarding.survey.notOpen");
        }
        send(offboarding);
        return offboarding.getSurveyMailedAt();
    }

    /**
     * The daily mailing: every leaver whose last day has come gets the link once, when people speak
     * most freely. Each case is claimed by a conditional update first, so two servers never both mail it.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int mailDueLinks() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Long caseId : em.createQuery("""
                        select c.id from OffboardingCase c join c.employee e
                        where c.surveyMailedAt is null and c.surveyToken is not null and c.surveyCompleted = false
                          and (e.personalEmail is not null or e.workEmail is not null)
                          and c.lastDay <= :today and c.surveyExpiresOn >= :today
                          and c.status <> jp.kizuna.alumni.offboarding.CaseStatus.WITHDRAWN""", Long.class)
                .setParameter("today", today).setMaxResults(BATCH).getResultList()) {
            try {
                if (self.mailIfNotYet(caseId)) {
                    sent++;
                }
            } catch (EJBException | BusinessException failed) {
                // Left unclaimed: tried again tomorrow.
                LOG.warning("Exit survey link for case " + caseId + " not mailed" + MailFailure.withoutAddress(failed));
            }
        }
        return sent;
    }

    /** One case of the daily mailing, in its own transaction. */
    @RolesAllowed(Roles.HR_ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean mailIfNotYet(long caseId) {
        int claimed = em.createQuery("update OffboardingCase c set c.surveyMailedAt = :now"
                        + " where c.id = :id and c.surveyMailedAt is null")
                .setParameter("now", LocalDateTime.now(clock)).setParameter("id", caseId).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        OffboardingCase offboarding = em.find(OffboardingCase.class, caseId);
        em.refresh(offboarding);
        send(offboarding);
        return true;
    }

    private void send(OffboardingCase offboarding) {
        Employee leaver = offboarding.getEmployee();
        String address = leaver.mailAddress();
        if (address == null) {
            throw new BusinessException("offboarding.survey.noAddress", leaver.getEmployeeNumber());
        }
        Locale language = leaver.getPreferredLocale();
        try {
            mail.send("offboarding", address, language, "survey", leaver.getGivenName(), linkFor(offboarding),
                    offboarding.getSurveyExpiresOn().toString());
        } catch (MessagingException failed) {
            throw new BusinessException("offboarding.survey.mailFailed", address);
        }
        offboarding.surveyMailed(LocalDateTime.now(clock));
        em.persist(new CaseEvent(offboarding, LocalDateTime.now(clock), access.callerLogin(),
                CaseEvent.Kind.SURVEY_MAILED, null));
    }

    /** What the survey page needs to greet the leaver; empty for an unknown, used or expired link. */
    @PermitAll // the token is the credential; it reveals only the first name and the language
    public Optional<SurveyInvitation> invitation(String token) {
        return open(token).map(c -> new SurveyInvitation(c.getEmployee().getGivenName(),
                c.getEmployee().getPreferredLocale().getLanguage(), c.getSurveyExpiresOn()));
    }

    @PermitAll // the token is the credential
    public void submit(String token, ExitSurveyResponse.SurveyAnswers answers) {
        OffboardingCase offboarding = open(token)
                .orElseThrow(() -> new BusinessException("offboarding.survey.linkInvalid"));
        em.lock(offboarding, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        LocalDate today = LocalDate.now(clock);
        em.persist(new ExitSurveyResponse(offboarding, answers, today));
        offboarding.surveyCompleted();
        // The timeline shows that it was answered, not when, so an anonymous answer cannot be matched by time.
        em.persist(new CaseEvent(offboarding, LocalDateTime.now(clock).withHour(0).withMinute(0).withSecond(0).withNano(0),
                "leaver", CaseEvent.Kind.SURVEY_COMPLETED, answers.anonymous() ? "anonymous" : null));
    }

    private Optional<OffboardingCase> open(String token) {
        if (token == null || token.length() < 20) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select c from OffboardingCase c join fetch c.employee where c.surveyToken = :token",
                        OffboardingCase.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .filter(c -> !c.isSurveyCompleted() && c.getStatus() != CaseStatus.WITHDRAWN
                        && !today.isAfter(c.getSurveyExpiresOn()));
    }

    /** The greeting data of a valid survey link. */
    public record SurveyInvitation(String givenName, String language, LocalDate expiresOn) implements Serializable {
    }
}
