package jp.kizuna.alumni.offboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * The exit survey behind a personal link. The link is the credential because the leaver may
 * have no account any more after the last day; it is long, random, single-use and expires.
 */
@Stateless
public class ExitSurveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OffboardingSettings settings;

    /** Called by {@link OffboardingCases#openCase}; the link is valid until some weeks after the last day. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER, Roles.HR_SYSTEM})
    public String issueFor(OffboardingCase offboarding) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        offboarding.issueSurvey(token, offboarding.getLastDay().plusDays(settings.surveyValidDays()));
        return token;
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
    public record SurveyInvitation(String givenName, String language, LocalDate expiresOn) {
    }
}
