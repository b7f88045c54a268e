package jp.kizuna.alumni.subjectaccess;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import jp.kizuna.alumni.consultation.Consultation;
import jp.kizuna.alumni.event.Rsvp;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.messaging.MessageThread;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.offboarding.ExitInterview;
import jp.kizuna.alumni.offboarding.InterviewKind;
import jp.kizuna.alumni.offboarding.ReasonCategory;
import jp.kizuna.alumni.offboarding.questionnaire.AnswerSheet;
import jp.kizuna.alumni.offboarding.questionnaire.AnsweredQuestion;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionDraft;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionKind;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnaireVersion;
import jp.kizuna.alumni.offboarding.stay.StayInterview;
import jp.kizuna.alumni.opportunity.Interest;
import jp.kizuna.alumni.opportunity.Referral;
import jp.kizuna.alumni.privacy.ConsentRecord;
import jp.kizuna.alumni.privacy.ProvisionRecord;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.space.SpacePost;

/**
 * The signed-in person's data as one JSON document they can keep or take elsewhere: master data,
 * alumni profile and visibility, the full consent history, interests, referrals, event answers,
 * casual consultations, message threads, the posts they wrote in spaces, their stay interviews
 * (when, with whom, the concerns they raised), what they answered to HR's questions in stay and
 * follow-up interviews (scales, choices, yes/no), and every provision of their data to another party
 * that the APPI provision record holds (APPI Art. 33(5): the person may see those records).
 * The offboarding record (interviews, reasons) is not in it: it holds other people's words about the
 * person and is disclosed by HR on request, as the report says.
 */
@Stateless
public class PersonalDataReport {

    public static final String FORMAT = "kizuna-alumni-personal-data/1";

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @RolesAllowed({Roles.ALUMNI, Roles.EMPLOYEE})
    public JsonObject mine() {
        Employee person = caller.requireEmployee();
        JsonObjectBuilder report = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("generatedAt", LocalDateTime.now(clock).toString())
                .add("person", person(person));
        AlumnusProfile profile = em.createQuery(
                        "select p from AlumnusProfile p where p.person = :person", AlumnusProfile.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (profile == null) {
            report.addNull("alumniProfile");
        } else {
            report.add("alumniProfile", profile(profile));
        }
        report.add("consents", consents(person));
        report.add("opportunityInterests", profile == null ? Json.createArrayBuilder() : interests(profile));
        report.add("referrals", profile == null ? Json.createArrayBuilder() : referrals(profile));
        report.add("eventAnswers", profile == null ? Json.createArrayBuilder() : eventAnswers(profile));
        report.add("consultations", profile == null ? Json.createArrayBuilder() : consultations(profile));
        report.add("messages", profile == null ? Json.createArrayBuilder() : messages(profile));
        report.add("spacePosts", profile == null ? Json.createArrayBuilder() : spacePosts(profile));
        report.add("stayInterviews", stayInterviews(person));
        report.add("followUpInterviews", followUpInterviews(person));
        report.add("providedToOthers", provisions(person));
        report.add(
                "notIncluded",
                Json.createObjectBuilder()
                        .add(
                                "en",
                                "Your offboarding record (interviews, reasons, checklist), the notes of your stay interviews and the written"
                                        + " answers the interviewer noted down for HR's questions are kept by HR. Ask HR for a copy;"
                                        + " notes that name other people may be shown in part.")
                        .add(
                                "ja",
                                "退職手続きの記録（面談・退職理由・チェックリスト）、定着面談の記録メモ、面談の設問に面談者が記述した回答は人事部が管理しています。写しは人事部にご請求ください。"
                                        + "他の方に関する記述は一部を伏せて開示する場合があります。"));
        audit.record(AuditEntry.Action.EXPORT, "Employee", person.getId(), "the person downloaded their personal data");
        return report.build();
    }

    private static JsonObjectBuilder person(Employee person) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "employeeNumber", person.getEmployeeNumber());
        put(json, "familyName", person.getFamilyName());
        put(json, "givenName", person.getGivenName());
        put(json, "familyNameKana", person.getFamilyNameKana());
        put(json, "givenNameKana", person.getGivenNameKana());
        put(json, "signInName", person.getLoginName());
        put(json, "workEmail", person.getWorkEmail());
        put(json, "personalEmail", person.getPersonalEmail());
        put(
                json,
                "preferredLanguage",
                person.getPreferredLocale() == null
                        ? null
                        : person.getPreferredLocale().getLanguage());
        put(json, "jobTitle", person.getJobTitle());
        put(json, "jobGrade", person.getJobGrade());
        put(
                json,
                "department",
                person.getDepartment() == null ? null : person.getDepartment().getNameJa());
        put(json, "hireDate", person.getHireDate());
        put(json, "leavingDate", person.getLeavingDate());
        put(json, "employmentStatus", person.getStatus());
        return json;
    }

    private static JsonObjectBuilder profile(AlumnusProfile profile) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "membership", profile.getStatus());
        put(
                json,
                "network",
                profile.getNetwork() == null ? null : profile.getNetwork().getNameJa());
        put(json, "joinedAt", profile.getJoinedAt());
        put(json, "currentEmployer", profile.getCurrentEmployer());
        put(json, "currentRole", profile.getCurrentRole());
        put(json, "region", profile.getRegion());
        put(json, "bio", profile.getBio());
        put(json, "departmentsHistory", profile.getDepartmentsHistory());
        json.add("skills", strings(new TreeSet<>(profile.getSkills())));
        json.add(
                "openTo",
                strings(new TreeSet<>(
                        profile.getOpenness().stream().map(Enum::name).toList())));
        put(
                json,
                "openToReturningFrom",
                profile.getReturningFrom() == null
                        ? null
                        : profile.getReturningFrom().toString());
        json.add(
                "directoryShows",
                Json.createObjectBuilder()
                        .add("employer", profile.isShowEmployer())
                        .add("skills", profile.isShowSkills())
                        .add("region", profile.isShowRegion())
                        .add("openness", profile.isShowOpenness())
                        .add("email", profile.isShowEmail()));
        put(json, "detailsConfirmedAt", profile.getConfirmedAt());
        return json;
    }

    private JsonArrayBuilder consents(Employee person) {
        return each(
                em.createQuery(
                                "select c from ConsentRecord c where c.person = :person order by c.givenAt, c.id",
                                ConsentRecord.class)
                        .setParameter("person", person)
                        .getResultList(),
                (consent, json) -> {
                    put(json, "purpose", consent.getPurpose());
                    put(json, "textVersion", consent.getTextVersion());
                    put(json, "language", consent.getLanguage());
                    put(json, "givenAt", consent.getGivenAt());
                    put(json, "withdrawnAt", consent.getWithdrawnAt());
                });
    }

    private JsonArrayBuilder interests(AlumnusProfile profile) {
        return each(
                em.createQuery(
                                "select i from Interest i join fetch i.opportunity where i.alumnus = :a"
                                        + " order by i.expressedAt",
                                Interest.class)
                        .setParameter("a", profile)
                        .getResultList(),
                (interest, json) -> {
                    put(json, "opportunity", interest.getOpportunity().getTitle());
                    put(json, "stage", interest.getStage());
                    put(json, "expressedAt", interest.getExpressedAt());
                });
    }

    private JsonArrayBuilder referrals(AlumnusProfile profile) {
        return each(
                em.createQuery(
                                "select r from Referral r left join fetch r.opportunity where r.referrer = :a"
                                        + " order by r.submittedAt",
                                Referral.class)
                        .setParameter("a", profile)
                        .getResultList(),
                (referral, json) -> {
                    put(
                            json,
                            "opportunity",
                            referral.getOpportunity() == null
                                    ? null
                                    : referral.getOpportunity().getTitle());
                    put(json, "candidateName", referral.getCandidateName());
                    put(json, "candidateEmail", referral.getCandidateEmail());
                    put(json, "status", referral.getStatus());
                    put(json, "submittedAt", referral.getSubmittedAt());
                });
    }

    private JsonArrayBuilder eventAnswers(AlumnusProfile profile) {
        return each(
                em.createQuery(
                                "select r from Rsvp r join fetch r.event where r.alumnus = :a"
                                        + " order by r.respondedAt",
                                Rsvp.class)
                        .setParameter("a", profile)
                        .getResultList(),
                (rsvp, json) -> {
                    put(json, "event", rsvp.getEvent().getTitle());
                    put(json, "startsAt", rsvp.getEvent().getStartsAt());
                    put(json, "answer", rsvp.getStatus());
                    put(json, "answeredAt", rsvp.getRespondedAt());
                    put(json, "checkedInAt", rsvp.getCheckedInAt());
                });
    }

    private JsonArrayBuilder consultations(AlumnusProfile profile) {
        return each(
                em.createQuery(
                                "select c from Consultation c left join fetch c.department where c.alumnus = :a"
                                        + " order by c.requestedAt, c.id",
                                Consultation.class)
                        .setParameter("a", profile)
                        .getResultList(),
                (c, json) -> {
                    put(json, "topic", c.getTopic());
                    put(json, "with", c.isWithHr() ? "HR" : c.getDepartment().getNameJa());
                    put(json, "yourNote", c.getRequestNote());
                    put(json, "requestedAt", c.getRequestedAt());
                    put(json, "status", c.getStatus());
                    put(
                            json,
                            "startsAt",
                            c.getStatus() == Consultation.Status.SCHEDULED || c.getStatus() == Consultation.Status.HELD
                                    ? c.getStartsAt()
                                    : null);
                    put(json, "place", c.getPlace());
                    put(json, "closingNote", c.getCloseNote());
                });
    }

    /** The threads the person is part of, with every message in them: the person wrote them or received them. */
    private JsonArrayBuilder messages(AlumnusProfile profile) {
        return each(
                em.createQuery(
                                "select distinct t from MessageThread t left join fetch t.messages left join fetch t.network"
                                        + " where t.member = :a or t.counterpart = :a order by t.startedAt",
                                MessageThread.class)
                        .setParameter("a", profile)
                        .getResultList(),
                (thread, json) -> {
                    put(json, "subject", thread.getSubject());
                    put(
                            json,
                            "with",
                            thread.isBetweenMembers()
                                    ? "member "
                                            + thread.otherMember(
                                                            profile.equals(thread.getMember())
                                                                    ? MessageThread.Side.MEMBER
                                                                    : MessageThread.Side.COUNTERPART)
                                                    .getPerson()
                                                    .getFullName()
                                    : thread.isWithHr()
                                            ? "HR"
                                            : thread.getNetwork().getNameJa());
                    put(json, "status", thread.getStatus());
                    put(json, "startedAt", thread.getStartedAt());
                    json.add("messages", each(thread.getMessages(), (message, m) -> {
                        put(m, "from", message.getAuthorName());
                        put(m, "sentAt", message.getSentAt());
                        put(m, "text", message.getBody());
                    }));
                });
    }

    /**
     * The posts and replies the person wrote in spaces, hidden ones included (with the moderator's
     * reason): the person's own words. Other members' posts are theirs and are not in it.
     */
    private JsonArrayBuilder spacePosts(AlumnusProfile profile) {
        return each(
                em.createQuery(
                                "select p from SpacePost p join fetch p.space s join fetch s.network"
                                        + " where p.author = :a order by p.postedAt, p.id",
                                SpacePost.class)
                        .setParameter("a", profile)
                        .getResultList(),
                (post, json) -> {
                    put(json, "space", post.getSpace().name(java.util.Locale.JAPANESE));
                    put(json, "kind", post.isReply() ? "reply" : "thread");
                    put(json, "postedAt", post.getPostedAt());
                    put(json, "text", post.getBody());
                    put(json, "hiddenByModerator", post.isHidden() ? post.getHiddenReason() : null);
                });
    }

    /**
     * The person's stay interviews: the day, the interviewer and the concerns they raised (in the reason
     * categories), which is what they said. Left out, by StayInterview's confidentiality: the notes,
     * whose readers {@code Confidentiality.allows} limits to HR (or named HR staff, or the line manager
     * when widened) and never the person, because they are the interviewer's write-up and may name
     * others, so they follow the offboarding record's rule (disclosed by HR on request); and the flight
     * risk, HR's own assessment rather than anything the person said.
     */
    private JsonArrayBuilder stayInterviews(Employee person) {
        return each(
                em.createQuery(
                                "select s from StayInterview s left join fetch s.primaryConcern"
                                        + " where s.employee = :person order by s.heldOn, s.id",
                                StayInterview.class)
                        .setParameter("person", person)
                        .getResultList(),
                (interview, json) -> {
                    put(json, "heldOn", interview.getHeldOn());
                    put(json, "interviewer", interview.getInterviewerName());
                    put(
                            json,
                            "mainConcern",
                            interview.getPrimaryConcern() == null
                                    ? null
                                    : interview.getPrimaryConcern().getNameJa());
                    json.add(
                            "otherConcerns",
                            strings(interview.getOtherConcerns().stream()
                                    .map(ReasonCategory::getNameJa)
                                    .sorted()
                                    .toList()));
                    answers(
                            json,
                            interview.getQuestionnaireVersion(),
                            interview.getQuestionnaireVersion() == null
                                    ? null
                                    : AnswerSheet.of(interview.getQuestionnaireVersion(), interview.getAnswers()));
                });
    }

    /**
     * The provision records naming the person: when, to whom, how, which items, on which consent and
     * why. Only records still kept (the retention sweep erases them after the legal period).
     */
    private JsonArrayBuilder provisions(Employee person) {
        return each(
                em.createQuery(
                                "select distinct r from ProvisionRecord r join r.people p where p.employeeId = :id"
                                        + " order by r.providedAt, r.id",
                                ProvisionRecord.class)
                        .setParameter("id", person.getId())
                        .getResultList(),
                (record, json) -> {
                    put(json, "providedAt", record.getProvidedAt());
                    put(json, "recipient", record.getRecipient());
                    put(json, "channel", record.getChannel());
                    put(json, "dataItems", record.getDataItems());
                    put(json, "consentPurpose", record.getConsentPurpose());
                    put(json, "reason", record.getReason());
                });
    }

    /**
     * The person's follow-up interviews after the last day that put HR's questions: the day, the
     * interviewer and what they answered. The rest of the interview (notes, real reasons) is part of the
     * offboarding record, disclosed by HR on request.
     */
    private JsonArrayBuilder followUpInterviews(Employee person) {
        return each(
                em.createQuery(
                                "select i from ExitInterview i where i.offboardingCase.employee = :person"
                                        + " and i.kind = :kind and i.questionnaireVersion is not null order by i.interviewDate, i.id",
                                ExitInterview.class)
                        .setParameter("person", person)
                        .setParameter("kind", InterviewKind.FOLLOW_UP)
                        .getResultList(),
                (interview, json) -> {
                    put(json, "heldOn", interview.getInterviewDate());
                    put(json, "interviewer", interview.getInterviewerName());
                    answers(
                            json,
                            interview.getQuestionnaireVersion(),
                            AnswerSheet.of(interview.getQuestionnaireVersion(), interview.getAnswers()));
                });
    }

    /**
     * What the person answered to HR's questions, each with the question as it was asked (the version's
     * wording, both languages). Written (free text) answers are left out: the interviewer writes them
     * down, like the notes, so they follow the notes' rule.
     */
    private static void answers(JsonObjectBuilder json, QuestionnaireVersion version, AnswerSheet sheet) {
        if (version == null) {
            json.addNull("questionnaireVersion");
        } else {
            json.add("questionnaireVersion", version.getNumber());
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        if (sheet != null) {
            for (QuestionDraft question : sheet.questions().questions()) {
                if (question.getKind() == QuestionKind.TEXT || !sheet.given().containsKey(question.getKey())) {
                    continue;
                }
                AnsweredQuestion line =
                        AnsweredQuestion.of(question, sheet.given().get(question.getKey()));
                array.add(Json.createObjectBuilder()
                        .add("questionJa", line.questionJa())
                        .add("questionEn", line.questionEn())
                        .add("answerJa", line.answerJa())
                        .add("answerEn", line.answerEn()));
            }
        }
        json.add("answers", array);
    }

    /** One JSON object per row, filled by {@code fields}. */
    private static <T> JsonArrayBuilder each(List<T> rows, BiConsumer<T, JsonObjectBuilder> fields) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (T row : rows) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            fields.accept(row, json);
            array.add(json);
        }
        return array;
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
