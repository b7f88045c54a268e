package jp.kizuna.alumni.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.kizuna.alumni.identity.EmployeeLeft;
import jp.kizuna.alumni.identity.ResignationRecorded;

/** Observes the identity events the offboarding fires, as the alumni network will. */
@ApplicationScoped
public class RecordedEvents {

    static final List<ResignationRecorded> RESIGNATIONS = new CopyOnWriteArrayList<>();
    static final List<EmployeeLeft> DEPARTURES = new CopyOnWriteArrayList<>();

    void resignation(@Observes ResignationRecorded event) {
        RESIGNATIONS.add(event);
    }

    void departure(@Observes EmployeeLeft event) {
        DEPARTURES.add(event);
    }
}
