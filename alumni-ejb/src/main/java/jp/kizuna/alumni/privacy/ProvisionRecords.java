package jp.kizuna.alumni.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.integration.HrFile;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.Settings;

/**
 * The APPI third-party provision record (第三者提供記録): written whenever a capability reports
 * {@link PersonalDataProvided}, listed and exported for HR (and for the Personal Information
 * Protection Commission on request), swept after {@code alumni.retention.provision-record-years}
 * (default 3, the period Art. 30 and its rules set for provision with consent).
 */
@Stateless
public class ProvisionRecords {

    /** Longest period one listing or export covers: the whole legal period at once, for an inspection. */
    public static final int MAX_DAYS = 366 * 3 + 1;

    /** What one sweep did. */
    public record Sweep(LocalDateTime cutoff, int records) {}

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail audit;

    /** In the providing transaction: no provision without its record. */
    @PermitAll
    public void onProvision(@Observes PersonalDataProvided provided) {
        if (provided.people().isEmpty()) {
            return;
        }
        em.persist(new ProvisionRecord(provided, caller.login(), LocalDateTime.now(clock)));
    }

    /** Records of provisions on the days {@code from} to {@code to} (both included), newest first, with their people. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<ProvisionRecord> between(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException("privacy.provision.period", from, to);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BusinessException("privacy.provision.period-too-long", MAX_DAYS);
        }
        List<ProvisionRecord> records = em.createQuery(
                        "select r from ProvisionRecord r where r.providedAt >= :from"
                                + " and r.providedAt < :to order by r.providedAt desc, r.id desc",
                        ProvisionRecord.class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList();
        records.forEach(r -> r.getPeople().size());
        return records;
    }

    /**
     * The records of the period as CSV, one line per person concerned (UTF-8 with a byte order mark,
     * so Excel opens it as UTF-8). Leaving the system itself, the export is audited.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public byte[] csv(LocalDate from, LocalDate to) {
        List<ProvisionRecord> records = between(from, to);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(
                "provided_at,recipient,channel,data_items,consent_purpose,employee_number,consent_id,consent_given_at,recorded_by,reason\r\n");
        for (ProvisionRecord record : records) {
            for (ProvisionRecord.Person person : record.getPeople()) {
                csv.append(cell(record.getProvidedAt()))
                        .append(',')
                        .append(cell(record.getRecipient()))
                        .append(',')
                        .append(cell(record.getChannel()))
                        .append(',')
                        .append(cell(record.getDataItems()))
                        .append(',')
                        .append(cell(record.getConsentPurpose()))
                        .append(',')
                        .append(cell(person.getEmployeeNumber()))
                        .append(',')
                        .append(cell(person.getConsentId()))
                        .append(',')
                        .append(cell(person.getConsentGivenAt()))
                        .append(',')
                        .append(cell(record.getRecordedBy()))
                        .append(',')
                        .append(cell(record.getReason()))
                        .append("\r\n");
            }
        }
        audit.record(
                AuditEntry.Action.EXPORT,
                "ProvisionRecord",
                from + ".." + to,
                records.size() + " provision records exported as CSV");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Erases records older than the legal period; a persistent timer fires it once a day across a cluster. */
    @RolesAllowed(Roles.HR_ADMIN)
    public Sweep sweep() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime cutoff = now.minusYears(settings.provisionRecordYears());
        // The people go with their record (ON DELETE CASCADE).
        int erased = em.createNativeQuery("delete from provision_record where provided_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
        audit.record(
                AuditEntry.Action.ERASE,
                "ProvisionRecord",
                "retention-" + now.toLocalDate(),
                "Retention " + settings.provisionRecordYears() + " years (provided before " + cutoff + "): " + erased
                        + " provision records erased");
        return new Sweep(cutoff, erased);
    }

    /** A CSV cell, written as every export writes one ({@link HrFile#exportCell}). */
    private static String cell(Object value) {
        return HrFile.exportCell(value == null ? null : value.toString());
    }
}
