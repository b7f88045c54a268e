package jp.kizuna.alumni.e2e;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kizuna.alumni.event.EventCalendar;
import jp.kizuna.alumni.integration.EmployeeRecord;
import jp.kizuna.alumni.integration.EmployeeUpsert;
import jp.kizuna.alumni.integration.UpsertResult;
import jp.kizuna.alumni.it.AsAlumnus;
import jp.kizuna.alumni.it.AsHrAdmin;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.network.BilingualText;
import jp.kizuna.alumni.network.NetworkTestData;
import jp.kizuna.alumni.network.Openness;
import jp.kizuna.alumni.network.Outreach;
import jp.kizuna.alumni.network.ProfileChange;
import jp.kizuna.alumni.offboarding.Confidentiality;
import jp.kizuna.alumni.offboarding.ExitInterviews;
import jp.kizuna.alumni.offboarding.InterviewKind;
import jp.kizuna.alumni.offboarding.InterviewRecord;
import jp.kizuna.alumni.offboarding.NoticeSource;
import jp.kizuna.alumni.offboarding.OffboardingCases;
import jp.kizuna.alumni.offboarding.ReasonCategories;
import jp.kizuna.alumni.offboarding.ResignationNotice;
import jp.kizuna.alumni.opportunity.OpportunityBoard;
import jp.kizuna.alumni.opportunity.OpportunityKind;
import jp.kizuna.alumni.privacy.ConsentPurpose;

/**
 * Test-only bean deployed beside the real EAR's modules for {@link EnteredTextEscapingIT}: writes
 * one payload into every free text people type, through the same EJB services the screens call and
 * as the users who type them (HR: case reasons, retention offer, interview notes, news, event,
 * opening; a new member with the login alumni.yamada: every profile field). Answers the ids of what
 * it made.
 * Each step is its own transaction, as each screen's request would be. Never part of the product.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnteredTextSeed {

    @EJB
    private AsHrAdmin hrAdmin;

    @EJB
    private AsAlumnus alumnus;

    @Inject
    private NetworkTestData data;

    @Inject
    private EmployeeUpsert upsert;

    @Inject
    private OffboardingCases cases;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private ReasonCategories reasons;

    @Inject
    private ExitInterviews interviews;

    @Inject
    private Outreach outreach;

    @Inject
    private EventCalendar events;

    @Inject
    private OpportunityBoard board;

    public String seed(String payload, String marker) throws Exception {
        LocalDate today = LocalDate.now();
        String number = "XE" + marker.toUpperCase();
        String department = "XD" + marker.toUpperCase();
        // The department's names are HR data too; they end up in the engagement chart's script.
        UpsertResult upserted = hrAdmin.call(() -> upsert.upsert(List.of(new EmployeeRecord(
                number,
                "山田",
                marker,
                "ヤマダ",
                "タロウ",
                null,
                null,
                department,
                payload,
                payload,
                null,
                LocalDate.of(2015, 4, 1)))));
        if (upserted.rejected() > 0) {
            throw new IllegalStateException(upserted.results().toString());
        }

        long caseId = hrAdmin.call(() -> cases.openCase(
                        new ResignationNotice(number, today, today.plusMonths(1), payload, NoticeSource.HR))
                .getId());
        String reason = hrAdmin.call(() -> reasons.active().get(0).getCode());
        hrAdmin.run(() -> cases.recordReasons(caseId, reason, Set.of(), payload));
        hrAdmin.run(() -> cases.offerRetention(caseId, payload));
        long interviewId = hrAdmin.call(() -> interviews
                .recordHeld(
                        caseId,
                        InterviewKind.HR,
                        "hr.admin",
                        new InterviewRecord(today, Set.of(), payload, Confidentiality.MANAGER_AND_HR, List.of(), true))
                .getId());

        AlumnusProfile member =
                data.member("alumni.yamada", department, EnumSet.allOf(ConsentPurpose.class), null, "山田", marker);
        alumnus.call(() -> profiles.update(new ProfileChange(
                payload,
                payload,
                payload,
                payload,
                payload,
                List.of(payload),
                EnumSet.of(Openness.REHIRE),
                true,
                true,
                true,
                true,
                false)));

        hrAdmin.call(() -> outreach.publishNews(new BilingualText(payload, payload, payload, payload)));
        // The portal feed shows the next few events only: each seed's event starts before the previous seed's
        // (the later the seed, the sooner its event), so the payload under test is always among them.
        LocalDateTime now = LocalDateTime.now();
        LocalDateTime dayAfterTomorrow = now.toLocalDate().plusDays(2).atStartOfDay();
        LocalDateTime startsAt = dayAfterTomorrow
                .plus(java.time.Duration.between(now, dayAfterTomorrow))
                .minusDays(1);
        hrAdmin.call(() -> events.schedule(payload, payload, startsAt, payload, 20));
        long opportunityId = hrAdmin.call(
                () -> board.post(OpportunityKind.REHIRE, payload, payload, department, payload, today.plusMonths(1))
                        .getId());
        return caseId + " " + interviewId + " " + opportunityId + " " + member.getId();
    }
}
