package jp.kizuna.alumni.web.network;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.identity.MailRefusal;
import jp.kizuna.alumni.identity.MailRefusals;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/** /network/unreachable: people whose address the mail relay refused, and "reachable again" once HR knows better. */
@Named
@ViewScoped
public class UnreachableView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailRefusals refusals;

    @Inject
    private UserMessages messages;

    private List<MailRefusal> rows;

    public void load() {
        try {
            rows = refusals.unreachable();
        } catch (BusinessException refused) {
            rows = List.of();
            messages.refused(refused);
        }
    }

    public String markReachable(long refusalId) {
        try {
            refusals.markReachable(refusalId);
            messages.info("engage", "unreachable.marked");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public List<MailRefusal> getRows() {
        return rows;
    }
}
