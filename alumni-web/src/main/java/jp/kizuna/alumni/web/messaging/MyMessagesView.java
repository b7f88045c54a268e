package jp.kizuna.alumni.web.messaging;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.messaging.InboxEntry;
import jp.kizuna.alumni.messaging.MessageThread;
import jp.kizuna.alumni.messaging.Messages;
import jp.kizuna.alumni.messaging.MessagingPreference;
import jp.kizuna.alumni.network.AlumnusProfile;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * /portal/messages: the member's threads with unread counts, one thread open to read and answer
 * ({@code ?thread=} from a notification mail), a new message to HR, the department network or a
 * member, the member's choices (member messages, text in mails) and the members they blocked.
 */
@Named
@ViewScoped
public class MyMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whom a new message goes to. */
    public enum To {
        HR,
        NETWORK,
        MEMBER
    }

    @Inject
    private Messages service;

    @Inject
    private UserMessages messages;

    private Long threadId;
    private InboxEntry open;
    private List<InboxEntry> threads;
    private List<AlumnusProfile> reachable;
    private List<AlumnusProfile> blocked;
    private boolean acceptFromMembers;
    private boolean textInMail;

    private To to = To.HR;
    private Long memberId;
    private String subject;
    private String body;
    private String reply;

    public void load() {
        try {
            threads = service.myThreads();
            reachable = service.reachableMembers();
            blocked = service.blocked();
            MessagingPreference preference = service.myPreference();
            acceptFromMembers = preference.isAcceptMemberMessages();
            textInMail = preference.isTextInMail();
            if (threadId != null && open == null) {
                open = service.open(threadId);
                threads = service.myThreads();
            }
        } catch (BusinessException refused) {
            threads = threads == null ? List.of() : threads;
            reachable = reachable == null ? List.of() : reachable;
            blocked = blocked == null ? List.of() : blocked;
            messages.refused(refused);
        }
    }

    public String openThread(long id) {
        threadId = id;
        open = null;
        load();
        return null;
    }

    public String send() {
        try {
            MessageThread thread = to == To.MEMBER
                    ? service.startWithMember(memberId == null ? 0 : memberId, subject, body)
                    : service.startWithStaff(to == To.NETWORK, subject, body);
            messages.info("engage", "messages.sent");
            subject = null;
            body = null;
            threadId = thread.getId();
            open = null;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String answer() {
        if (open == null) {
            return null;
        }
        try {
            service.reply(open.thread().getId(), reply);
            reply = null;
            messages.info("engage", "messages.sent");
            open = null;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String saveChoices() {
        try {
            service.choose(acceptFromMembers, textInMail);
            messages.info("engage", "messages.choices-saved");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String block(long profileId) {
        try {
            service.block(profileId);
            messages.info("engage", "messages.blocked");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String unblock(long profileId) {
        try {
            service.unblock(profileId);
            messages.info("engage", "messages.unblocked");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    /** Who is on the other end of a thread, for the list: null for staff threads (the page names HR or the network). */
    public AlumnusProfile otherMember(InboxEntry entry) {
        return entry.thread().isBetweenMembers() ? entry.thread().otherMember(entry.side()) : null;
    }

    public long getUnreadTotal() {
        return threads == null
                ? 0
                : threads.stream().mapToLong(InboxEntry::unread).sum();
    }

    public To[] getRecipients() {
        return To.values();
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

    public List<AlumnusProfile> getReachable() {
        return reachable;
    }

    public List<AlumnusProfile> getBlocked() {
        return blocked;
    }

    public boolean isAcceptFromMembers() {
        return acceptFromMembers;
    }

    public void setAcceptFromMembers(boolean acceptFromMembers) {
        this.acceptFromMembers = acceptFromMembers;
    }

    public boolean isTextInMail() {
        return textInMail;
    }

    public void setTextInMail(boolean textInMail) {
        this.textInMail = textInMail;
    }

    public To getTo() {
        return to;
    }

    public void setTo(To to) {
        this.to = to;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
