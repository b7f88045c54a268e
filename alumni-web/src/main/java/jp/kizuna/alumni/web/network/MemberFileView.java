package jp.kizuna.alumni.web.network;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.kizuna.alumni.integration.MemberFileCsv;
import jp.kizuna.alumni.integration.MemberFiles;
import jp.kizuna.alumni.privacy.ConsentPurpose;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /network/member-file: HR downloads the members whose consent covers a purpose, as a CSV file for
 * Excel, naming who receives it and why. To another party it is written to the provision record
 * (listed on /network/provisions); for the company's own use, to the audit log only.
 */
@Named
@ViewScoped
public class MemberFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberFiles files;

    @Inject
    private UserMessages messages;

    @Inject
    private Clock clock;

    private ConsentPurpose purpose;
    private MemberFiles.Destination destination = MemberFiles.Destination.THIRD_PARTY;
    private String recipient;
    private String reason;
    private Integer count;

    /** How many members the file would hold now, shown when HR picks the purpose. */
    public void purposeChanged() {
        count = null;
        if (purpose != null) {
            try {
                count = files.count(purpose);
            } catch (BusinessException refused) {
                messages.refused(refused);
            }
        }
    }

    /** Sends the file (UTF-8 with BOM, cells neutralised); the page stays as it is. A refusal is shown instead. */
    public void download() throws IOException {
        MemberFiles.Export export;
        try {
            export = files.export(new MemberFiles.Request(purpose, destination, recipient, reason));
        } catch (BusinessException refused) {
            messages.refused(refused);
            purposeChanged();
            return;
        }
        byte[] content = MemberFileCsv.write(
                export.members(),
                key -> key.startsWith("consent.short.") ? messages.text("network", key) : messages.text("engage", key));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseContentLength(content.length);
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"members-"
                        + export.request().purpose().name().toLowerCase(java.util.Locale.ROOT) + "-"
                        + LocalDate.now(clock) + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }

    public List<ConsentPurpose> getPurposes() {
        return Arrays.asList(ConsentPurpose.values());
    }

    public List<MemberFiles.Destination> getDestinations() {
        return Arrays.asList(MemberFiles.Destination.values());
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(ConsentPurpose purpose) {
        this.purpose = purpose;
    }

    public MemberFiles.Destination getDestination() {
        return destination;
    }

    public void setDestination(MemberFiles.Destination destination) {
        this.destination = destination;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getCount() {
        return count;
    }

    public int getRecipientMax() {
        return MemberFiles.RECIPIENT_MAX;
    }

    public int getReasonMax() {
        return MemberFiles.REASON_MAX;
    }
}
