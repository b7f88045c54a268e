package jp.kizuna.alumni.web.messaging;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.messaging.InboxEntry;
import jp.kizuna.alumni.messaging.Messages;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.PersonPick;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /inbox/messages: the staff inbox. HR sees every thread with HR and the department networks; a
 * network's administrators see that network's threads. Open a thread ({@code ?thread=} from a
 * notification mail), answer, take it or give it to a colleague, close it.
 */
@Named
@ViewScoped
public class MessageInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Messages service;

    @Inject
    private UserMessages messages;

    private boolean includeClosed;
    private Long threadId;
    private InboxEntry open;
    private List<InboxEntry> threads;
    private String reply;
    private PersonPick assignee;

    public void load() {
        try {
            if (threadId != null && open == null) {
                open = service.open(threadId);
            }
            threads = service.inbox(includeClosed);
        } catch (BusinessException refused) {
            threads = threads == null ? List.of() : threads;
            messages.refused(refused);
        }
    }

    public String openThread(long id) {
        threadId = id;
        open = null;
        load();
        return null;
    }

    /** The list again, after "show closed ones" changed. */
    public void reload() {
        load();
    }

    public String answer() {
        return change(() -> service.reply(open.thread().getId(), reply), "messages.sent");
    }

    public String take() {
        return change(() -> service.assign(open.thread().getId(), null), "messages.assigned");
    }

    public String giveTo() {
        if (assignee == null) {
            // assign(thread, null) takes the thread oneself: giving it to nobody must not do that.
            messages.error("engage", "inbox.give-to.required");
            return null;
        }
        return change(() -> service.assign(open.thread().getId(), assignee.login()), "messages.assigned");
    }

    public String close() {
        return change(() -> service.close(open.thread().getId()), "messages.closed");
    }

    private String change(Runnable change, String done) {
        if (open == null) {
            return null;
        }
        try {
            change.run();
            messages.info("engage", done);
            reply = null;
            assignee = null;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        open = null;
        load();
        return null;
    }

    public long getUnreadTotal() {
        return threads == null
                ? 0
                : threads.stream().mapToLong(InboxEntry::unread).sum();
    }

    public boolean isIncludeClosed() {
        return includeClosed;
    }

    public void setIncludeClosed(boolean includeClosed) {
        this.includeClosed = includeClosed;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public InboxEntry getOpen() {
        return open;
    }

    public List<InboxEntry> getThreads() {
        return threads;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public PersonPick getAssignee() {
        return assignee;
    }

    public void setAssignee(PersonPick assignee) {
        this.assignee = assignee;
    }
}
