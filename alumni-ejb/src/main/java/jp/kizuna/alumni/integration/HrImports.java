package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import jp.kizuna.alumni.identity.Caller;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;
import jp.kizuna.alumni.shared.Setting;

/**
 * The HR file imports as the database holds them, for the import screen: each is recorded in its
 * own transaction before its batch job starts (the job, on this or another node, reads the row),
 * and its progress and row report are read back from there by whichever node the screen asks.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class HrImports {

    @PersistenceContext(unitName = "alumni")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Caller caller;

    /** Records an accepted file, with its bytes, as RUNNING on this node; committed before the job starts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Roles.HR_ADMIN)
    public long record(HrUpload file, Charset charset) {
        HrImport started = new HrImport(
                file.fileName(), charset.name(), caller.login(), Setting.NODE_NAME.value(), LocalDateTime.now(clock));
        em.persist(started);
        em.flush();
        em.createNativeQuery("update hr_import set content = ? where id = ?")
                .setParameter(1, file.content())
                .setParameter(2, started.getId())
                .executeUpdate();
        return started.getId();
    }

    /** Records a file refused as a whole (nothing read), so the screen reports it like any import. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Roles.HR_ADMIN)
    public long recordRefused(HrUpload file, BusinessException refusal) {
        LocalDateTime now = LocalDateTime.now(clock);
        HrImport refused = new HrImport(file.fileName(), null, caller.login(), Setting.NODE_NAME.value(), now);
        refused.refuse(refusal.getKey(), refusal.getMessage(Locale.ENGLISH), refusal.getMessage(Locale.JAPANESE), now);
        em.persist(refused);
        return refused.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed(Roles.HR_ADMIN)
    public void started(long importId, long executionId) {
        em.find(HrImport.class, importId).setExecutionId(executionId);
    }

    /** The import as it stands now, its row report in line order. */
    @RolesAllowed(Roles.HR_ADMIN)
    public ImportProgress progress(long importId) {
        HrImport found = em.find(HrImport.class, importId);
        if (found == null) {
            throw new BusinessException("integration.import.unknown", importId);
        }
        em.refresh(found);
        List<ImportProgress.RowError> errors = em
                .createQuery(
                        "select e from HrImportError e where e.importId = :id order by e.line", HrImportError.class)
                .setParameter("id", importId)
                .getResultList()
                .stream()
                .map(HrImportError::asRowError)
                .toList();
        return found.progress(errors);
    }
}
