package jp.kizuna.alumni.space;

import java.io.Serializable;
import java.util.List;

/** One space as the reader sees it: its threads (latest activity first) and what the reader may do there. */
public record SpaceView(SpaceSummary space, boolean moderator, boolean banned, List<Thread> threads)
        implements Serializable {

    /** A thread's first post and its replies in the order written. */
    public record Thread(PostView first, List<PostView> replies) implements Serializable {}
}
