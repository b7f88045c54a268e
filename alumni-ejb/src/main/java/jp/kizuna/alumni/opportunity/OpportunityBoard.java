package jp.kizuna.alumni.opportunity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.identity.Department;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.network.AlumnusProfiles;
import jp.kizuna.alumni.privacy.ErasureRequested;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/** HR posts openings for alumni; alumni say they are interested in one click; HR runs the pipeline. */
@Stateless
public class OpportunityBoard {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Inject
    private AlumnusProfiles profiles;

    @Inject
    private RehireDecisions rehireDecisions;

    @RolesAllowed(Roles.HR_ADMIN)
    public Opportunity post(
            OpportunityKind kind,
            String title,
            String description,
            String departmentCode,
            String location,
            LocalDate closesOn) {
        return post(kind, title, description, null, null, departmentCode, location, closesOn);
    }

    /** Posts an opening with its English title and description (each optional) in the same transaction. */
    @RolesAllowed(Roles.HR_ADMIN)
    public Opportunity post(
            OpportunityKind kind,
            String title,
            String description,
            String titleEn,
            String descriptionEn,
            String departmentCode,
            String location,
            LocalDate closesOn) {
        Department department = null;
        if (departmentCode != null && !departmentCode.isBlank()) {
            department = em.createQuery("select d from Department d where d.code = :c", Department.class)
                    .setParameter("c", departmentCode)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new BusinessException("opportunity.department.unknown", departmentCode));
        }
        Opportunity opportunity = new Opportunity(
                kind, title, description, department, location, closesOn, LocalDateTime.now(clock), caller.login());
        opportunity.inEnglish(titleEn, descriptionEn);
        em.persist(opportunity);
        return opportunity;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void close(long opportunityId) {
        opportunity(opportunityId).close();
    }

    /** Openings alumni can still respond to, newest first. */
    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public List<Opportunity> open() {
        return em.createQuery("""
                        select o from Opportunity o left join fetch o.department
                        where o.status = jp.kizuna.alumni.opportunity.Opportunity.Status.OPEN
                          and (o.closesOn is null or o.closesOn >= :today)
                        order by o.postedAt desc, o.id desc""", Opportunity.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<Opportunity> all() {
        return em.createQuery(
                        "select o from Opportunity o left join fetch o.department order by o.postedAt desc, o.id desc",
                        Opportunity.class)
                .getResultList();
    }

    @RolesAllowed({Roles.ALUMNI, Roles.HR_ADMIN})
    public Opportunity opportunity(long opportunityId) {
        Opportunity opportunity = em.find(Opportunity.class, opportunityId);
        if (opportunity == null) {
            throw new BusinessException("opportunity.unknown", opportunityId);
        }
        return opportunity;
    }

    /**
     * One click: the signed-in alumnus is interested. Saying it twice changes nothing; saying it again
     * after taking it back puts them back at the start of the pipeline.
     */
    @RolesAllowed(Roles.ALUMNI)
    public Interest expressInterest(long opportunityId) {
        AlumnusProfile me = profiles.requireMember();
        Opportunity opportunity = opportunity(opportunityId);
        if (!opportunity.isOpenOn(LocalDate.now(clock))) {
            throw new BusinessException("opportunity.closed", opportunity.getTitle());
        }
        Interest existing = em.createQuery(
                        "select i from Interest i where i.opportunity = :o and i.alumnus = :a", Interest.class)
                .setParameter("o", opportunity)
                .setParameter("a", me)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing != null) {
            existing.expressAgain(LocalDateTime.now(clock));
            return existing;
        }
        Interest interest = new Interest(opportunity, me, LocalDateTime.now(clock));
        em.persist(interest);
        return interest;
    }

    /** The member takes a one-click interest back; HR's pipeline shows it as withdrawn. */
    @RolesAllowed(Roles.ALUMNI)
    public void withdrawInterest(long interestId) {
        AlumnusProfile me = profiles.requireMember();
        Interest interest = interest(interestId);
        if (!interest.getAlumnus().equals(me)) {
            throw new BusinessException("opportunity.not-yours");
        }
        interest.withdraw(LocalDateTime.now(clock));
    }

    /** The caller's interests by opportunity id, for marking openings they already answered. */
    @RolesAllowed(Roles.ALUMNI)
    public Map<Long, Interest> myInterests() {
        AlumnusProfile me = profiles.requireMember();
        Map<Long, Interest> result = new HashMap<>();
        em.createQuery("select i from Interest i join fetch i.opportunity where i.alumnus = :a", Interest.class)
                .setParameter("a", me)
                .getResultList()
                .forEach(interest -> result.put(interest.getOpportunity().getId(), interest));
        return result;
    }

    /** The pipeline of one opening: who is interested and how far each has come. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<Interest> pipeline(long opportunityId) {
        return em.createQuery("""
                        select i from Interest i join fetch i.alumnus a join fetch a.person
                        where i.opportunity.id = :id order by i.expressedAt, i.id""", Interest.class)
                .setParameter("id", opportunityId)
                .getResultList();
    }

    /**
     * Members HR may approach about the opening, best fit first, with why (see {@link OpeningMatch}):
     * only members of the network in force who consented to offers of the opening's kind.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<OpeningMatch.Match> matches(long opportunityId) {
        Opportunity opportunity = opportunity(opportunityId);
        String consenting = " " + """
                where p.status = jp.kizuna.alumni.network.MembershipStatus.ACTIVE
                  and exists (select c from ConsentRecord c where c.person = p.person and c.purpose = :purpose
                              and c.withdrawnAt is null)""";
        List<AlumnusProfile> members = em.createQuery(
                        "select p from AlumnusProfile p join fetch p.person" + " left join fetch p.department"
                                + consenting,
                        AlumnusProfile.class)
                .setParameter("purpose", opportunity.getKind().offerConsent())
                .getResultList();
        Map<Long, List<String>> skills = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select p.id, s from AlumnusProfile p join p.skills s" + consenting, Object[].class)
                .setParameter("purpose", opportunity.getKind().offerConsent())
                .getResultList()) {
            skills.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        List<OpeningMatch.Candidate> candidates = new ArrayList<>(members.size());
        for (AlumnusProfile member : members) {
            candidates.add(new OpeningMatch.Candidate(
                    member.getId(),
                    member.getPerson().getFamilyName(),
                    member.getPerson().getGivenName(),
                    member.getPerson().getFullNameKana(),
                    skills.getOrDefault(member.getId(), List.of()),
                    member.getOpenness(),
                    member.getReturningFrom(),
                    member.getDepartment() == null
                            ? null
                            : member.getDepartment().getCode()));
        }
        return OpeningMatch.rank(matchable(opportunity), candidates, LocalDate.now(clock));
    }

    /** An opening as {@link OpeningMatch} scores it: skills may be named in either language's text, so both are searched. */
    private static OpeningMatch.Opening matchable(Opportunity opportunity) {
        return new OpeningMatch.Opening(
                opportunity.getKind(),
                bothLanguages(opportunity.getTitle(), opportunity.getTitleEn()),
                bothLanguages(opportunity.getDescription(), opportunity.getDescriptionEn()),
                opportunity.getDepartment() == null
                        ? null
                        : opportunity.getDepartment().getCode(),
                opportunity.getClosesOn());
    }

    private static String bothLanguages(String japanese, String english) {
        return english == null ? japanese : japanese + "\n" + english;
    }

    /**
     * The open openings that fit the signed-in member, best fit first, scored by the same rules HR's
     * list uses ({@link OpeningMatch}); openings that do not fit are left out. The member's own view:
     * no consent to offers is needed to see an opening they could answer anyway.
     */
    @RolesAllowed(Roles.ALUMNI)
    public List<MatchedOpening> matchingMe(Locale reader) {
        AlumnusProfile me = profiles.requireMember();
        OpeningMatch.Candidate candidate = new OpeningMatch.Candidate(
                me.getId(),
                me.getPerson().getFamilyName(),
                me.getPerson().getGivenName(),
                me.getPerson().getFullNameKana(),
                me.getSkills(),
                me.getOpenness(),
                me.getReturningFrom(),
                me.getDepartment() == null ? null : me.getDepartment().getCode());
        LocalDate today = LocalDate.now(clock);
        List<MatchedOpening> fitting = new ArrayList<>();
        for (Opportunity o : open()) {
            OpeningMatch.score(matchable(o), candidate, today)
                    .ifPresent(m -> fitting.add(new MatchedOpening(
                            o.getId(),
                            o.getKind(),
                            o.title(reader),
                            o.getLocation(),
                            o.getClosesOn(),
                            m.score(),
                            m.reasons())));
        }
        // Best fit first; equal fits newest first, as open() lists them (a stable sort keeps that order).
        fitting.sort(java.util.Comparator.comparingInt(MatchedOpening::score).reversed());
        return fitting;
    }

    /** Interest counts per opening, in one query for the list screen. */
    @RolesAllowed(Roles.HR_ADMIN)
    public Map<Long, Long> interestCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select i.opportunity.id, count(i) from Interest i group by i.opportunity.id", Object[].class)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public Interest advance(long interestId, PipelineStage stage, String note) {
        Interest interest = interest(interestId);
        RehireEligibility eligibility =
                rehireDecisions.current(interest.getAlumnus().getPerson()).orElse(null);
        interest.moveTo(stage, note, eligibility, LocalDateTime.now(clock));
        audit.record(AuditEntry.Action.UPDATE, "Interest", interestId, "stage " + stage);
        return interest;
    }

    /** Erasure: the person's interests go; nothing in the pipeline may identify them afterwards. */
    @PermitAll
    public void onErasure(@Observes ErasureRequested erasure) {
        em.createQuery(
                        "delete from Interest i where i.alumnus in (select p from AlumnusProfile p where p.person.id = :id)")
                .setParameter("id", erasure.employeeId())
                .executeUpdate();
        em.createQuery(
                        "update Referral r set r.referrer = null where r.referrer in (select p from AlumnusProfile p where p.person.id = :id)")
                .setParameter("id", erasure.employeeId())
                .executeUpdate();
    }

    private Interest interest(long interestId) {
        Interest interest = em.find(Interest.class, interestId);
        if (interest == null) {
            throw new BusinessException("opportunity.interest.unknown", interestId);
        }
        return interest;
    }
}
