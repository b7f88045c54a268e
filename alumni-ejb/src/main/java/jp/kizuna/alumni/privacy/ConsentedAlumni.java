package jp.kizuna.alumni.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jp.kizuna.alumni.identity.Employee;
import jp.kizuna.alumni.identity.EmploymentStatus;

/**
 * Who may be handed to another party for a purpose: people who left the company and whose consent
 * for that purpose is in force at this moment, each with the consent record that allows it. Nobody
 * else: not those who withdrew a minute ago, nor those who never consented, nor leavers still
 * employed. The one rule for every hand-over of members' data (the HR system's ExportConsentedAlumni,
 * HR's member file), so both pick the same people and record the same consent.
 *
 * <p>A CDI bean, not a session bean: it runs inside the caller's transaction (the provision record
 * must be written in the same one) and under the caller's own role check.
 */
@Dependent
public class ConsentedAlumni {

    /** One person who may be handed over, the consent that allows it and every purpose they consent to now. */
    public record Alumnus(Employee person, ConsentRecord consent, List<ConsentPurpose> purposesInForce) {

        /** The person as the provision record names them. */
        public PersonalDataProvided.Person provided() {
            return new PersonalDataProvided.Person(
                    person.getId(), person.getEmployeeNumber(), consent.getId(), consent.getGivenAt());
        }
    }

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    /**
     * The alumni consenting to {@code purpose}, in employee number order, {@code max} from {@code first}
     * ({@code max} 0: all of them).
     */
    public List<Alumnus> consentingTo(ConsentPurpose purpose, int first, int max) {
        TypedQuery<Employee> query = em.createQuery("""
                        select e from Employee e
                        where e.status = :left and exists (select c from ConsentRecord c where c.person = e
                              and c.purpose = :purpose and c.withdrawnAt is null)
                        order by e.employeeNumber""", Employee.class)
                .setParameter("left", EmploymentStatus.LEFT)
                .setParameter("purpose", purpose)
                .setFirstResult(first);
        if (max > 0) {
            query.setMaxResults(max);
        }
        List<Employee> alumni = query.getResultList();
        if (alumni.isEmpty()) {
            return List.of();
        }
        Map<Long, TreeSet<ConsentPurpose>> purposes = new HashMap<>();
        Map<Long, ConsentRecord> allowedBy = new HashMap<>();
        // In slices: a parameter list has a limit on every database (PostgreSQL: 32767 values).
        for (int from = 0; from < alumni.size(); from += SLICE) {
            em.createQuery(
                            "select c from ConsentRecord c where c.person in :people and c.withdrawnAt is null",
                            ConsentRecord.class)
                    .setParameter("people", alumni.subList(from, Math.min(alumni.size(), from + SLICE)))
                    .getResultList()
                    .forEach(consent -> {
                        purposes.computeIfAbsent(consent.getPerson().getId(), id -> new TreeSet<>())
                                .add(consent.getPurpose());
                        if (consent.getPurpose() == purpose) {
                            allowedBy.merge(
                                    consent.getPerson().getId(),
                                    consent,
                                    (one, other) -> one.getGivenAt().isAfter(other.getGivenAt()) ? one : other);
                        }
                    });
        }
        List<Alumnus> consenting = new ArrayList<>(alumni.size());
        for (Employee alumnus : alumni) {
            consenting.add(
                    new Alumnus(alumnus, allowedBy.get(alumnus.getId()), List.copyOf(purposes.get(alumnus.getId()))));
        }
        return consenting;
    }

    /** People per query of their consents. */
    private static final int SLICE = 1000;
}
