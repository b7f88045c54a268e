package jp.kizuna.alumni.web.space;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.space.SpaceSummary;
import jp.kizuna.alumni.space.SpaceView;
import jp.kizuna.alumni.space.Spaces;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * What the member's and the staff's space pages share: the spaces the reader may read, one space
 * open ({@code ?space=}), one of its threads open ({@code ?thread=}) with the reply box, a new thread.
 * What was typed stays in the box when the service refuses it, so nothing the person wrote is lost.
 */
public abstract class SpaceBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected Spaces service;

    @Inject
    protected UserMessages messages;

    /*
     * What the address asked for (?space=, ?thread=), apart from what is open now: on a postback
     * Faces sets view parameters again from the address the page was first opened with, which
     * would undo the reader's choice of space and thread made since.
     */
    private Long requestedSpace;
    private Long requestedThread;
    private Long spaceId;
    private Long threadId;
    private List<SpaceSummary> spaces;
    private SpaceView view;
    private String body;
    private String reply;
    private String reason;

    /** The first view of the page: opens what the address asked for. */
    public void init() {
        spaceId = requestedSpace;
        threadId = requestedThread;
        load();
    }

    public void load() {
        try {
            spaces = service.spaces();
            if (spaceId == null && !spaces.isEmpty()) {
                spaceId = spaces.get(0).id();
            }
            view = spaceId == null ? null : service.open(spaceId);
        } catch (BusinessException refused) {
            spaces = spaces == null ? List.of() : spaces;
            view = null;
            messages.refused(refused);
        }
        loadMore();
    }

    /** What the page shows besides the spaces (the digest choice, the reports to settle). */
    protected void loadMore() {}

    public String openSpace(long id) {
        spaceId = id;
        threadId = null;
        load();
        return null;
    }

    public String openThread(long id) {
        threadId = id;
        load();
        return null;
    }

    public String post() {
        if (spaceId == null) {
            return null;
        }
        try {
            threadId = service.post(spaceId, body).id();
            body = null;
            messages.info("engage", "spaces.posted");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public String answer() {
        if (threadId == null) {
            return null;
        }
        try {
            service.reply(threadId, reply);
            reply = null;
            messages.info("engage", "spaces.replied");
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    /** The open thread, or null when none is open (or it is not in this space). */
    public SpaceView.Thread getThread() {
        if (view == null || threadId == null) {
            return null;
        }
        return view.threads().stream()
                .filter(t -> t.first().id() == threadId)
                .findFirst()
                .orElse(null);
    }

    /** Runs a step of the page, shows its outcome and reloads what the page shows. */
    protected String step(Runnable action, String doneKey) {
        try {
            action.run();
            reason = null;
            messages.info("engage", doneKey);
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
        load();
        return null;
    }

    public Long getRequestedSpace() {
        return requestedSpace;
    }

    public void setRequestedSpace(Long requestedSpace) {
        this.requestedSpace = requestedSpace;
    }

    public Long getRequestedThread() {
        return requestedThread;
    }

    public void setRequestedThread(Long requestedThread) {
        this.requestedThread = requestedThread;
    }

    public Long getSpaceId() {
        return spaceId;
    }

    public void setSpaceId(Long spaceId) {
        this.spaceId = spaceId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public void setThreadId(Long threadId) {
        this.threadId = threadId;
    }

    public List<SpaceSummary> getSpaces() {
        return spaces;
    }

    public SpaceView getView() {
        return view;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
