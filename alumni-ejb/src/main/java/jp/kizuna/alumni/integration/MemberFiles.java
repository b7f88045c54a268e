package jp.kizuna.alumni.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.privacy.ConsentedAlumni;
import jp.kizuna.alumni.privacy.PersonalDataProvided;
import jp.kizuna.alumni.privacy.ProvisionRecord;
import jp.kizuna.alumni.shared.AuditEntry;
import jp.kizuna.alumni.shared.AuditTrail;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.shared.Roles;

/**
 * HR's file of the network's members (/network/member-file): the alumni whose consent covers the
 * file's purpose ({@link ConsentedAlumni}, the same people ExportConsentedAlumni hands over), with the
 * same data items ({@link AlumnusRecord#ITEMS}).
 *
 * <p>HR says who receives the file and why. Handed to another party (a recruitment agency, an event
 * company), it is a provision to a third party: APPI Art. 30 asks the provider to record it, so the
 * provision record is written in the same transaction as the selection, with the consent that
 * allowed each person. Kept inside the company (another department of the same legal person), it is
 * no provision to a third party (Art. 27) and has no provision record, but HR still names the
 * receiving department and the reason, and the audit log keeps both. Either way the export is audited.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class MemberFiles {

    /** Where the file goes. */
    public enum Destination {
        /** Another company or person: a provision to a third party, recorded. */
        THIRD_PARTY,
        /** A department of the company itself, for its own use within the consent's purpose: not a provision. */
        INTERNAL_USE
    }

    /**
     * What HR asks for.
     *
     * @param purpose the consent purpose the file serves; only members consenting to it are in the file
     * @param destination a third party or the company's own use
     * @param recipient who receives it: the company's (or department's) name, as a person would write it
     * @param reason why they receive it
     */
    public record Request(ConsentPurpose purpose, Destination destination, String recipient, String reason) {}

    /** What the file holds: its rows, and how many people it concerns (one row each). */
    public record Export(Request request, List<AlumnusRecord> members) {}

    /** The recipient column of the provision record holds this many characters. */
    public static final int RECIPIENT_MAX = 300;
    /** The reason column holds this many. */
    public static final int REASON_MAX = 1000;

    @Inject
    private ConsentedAlumni consenting;

    @Inject
    private AuditTrail audit;

    @Inject
    private Event<PersonalDataProvided> provided;

    /** How many members a file for {@code purpose} would hold now. */
    @RolesAllowed(Roles.HR_ADMIN)
    public int count(ConsentPurpose purpose) {
        if (purpose == null) {
            throw new BusinessException("integration.member-file.purpose");
        }
        return consenting.consentingTo(purpose, 0, 0).size();
    }

    /**
     * The members the file holds, recorded as provided to the recipient (or, for internal use, in the
     * audit log only). Refused, with nothing written, when the request lacks a purpose, destination,
     * recipient or reason, or when no member consents to the purpose.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public Export export(Request request) {
        if (request == null || request.purpose() == null || request.destination() == null) {
            throw new BusinessException("integration.member-file.purpose");
        }
        String recipient =
                request.recipient() == null ? "" : request.recipient().strip();
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (recipient.isEmpty()) {
            throw new BusinessException("integration.member-file.recipient");
        }
        if (reason.isEmpty()) {
            throw new BusinessException("integration.member-file.reason");
        }
        if (recipient.length() > RECIPIENT_MAX || reason.length() > REASON_MAX) {
            throw new BusinessException("integration.member-file.too-long", RECIPIENT_MAX, REASON_MAX);
        }
        Request checked = new Request(request.purpose(), request.destination(), recipient, reason);
        List<ConsentedAlumni.Alumnus> members = consenting.consentingTo(checked.purpose(), 0, 0);
        if (members.isEmpty()) {
            throw new BusinessException(
                    "integration.member-file.nobody", checked.purpose().name());
        }
        if (checked.destination() == Destination.THIRD_PARTY) {
            provided.fire(new PersonalDataProvided(
                    recipient,
                    ProvisionRecord.Channel.MEMBER_FILE,
                    AlumnusRecord.ITEMS,
                    checked.purpose(),
                    members.stream().map(ConsentedAlumni.Alumnus::provided).toList(),
                    reason));
        }
        audit.record(
                AuditEntry.Action.EXPORT,
                "MemberFile",
                checked.purpose(),
                members.size()
                        + " members consenting to " + checked.purpose()
                        + (checked.destination() == Destination.THIRD_PARTY ? " provided to " : " for internal use by ")
                        + recipient + ": " + reason);
        return new Export(checked, members.stream().map(AlumnusRecord::of).toList());
    }
}
