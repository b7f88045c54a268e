package jp.kizuna.alumni.space;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A post as one reader may see it. A hidden post shows members only that a moderator hid it; its
 * text and the reason reach moderators only. An erased post has neither text nor author.
 */
public record PostView(
        long id,
        long threadId,
        Long authorProfileId,
        String authorName,
        boolean staff,
        String body,
        LocalDateTime postedAt,
        boolean hidden,
        String hiddenReason,
        boolean erased,
        boolean mine)
        implements Serializable {

    static PostView of(SpacePost post, boolean moderator, Long readerProfileId) {
        boolean showText = !post.isHidden() || moderator;
        Long author = post.getAuthor() == null ? null : post.getAuthor().getId();
        return new PostView(
                post.getId(),
                post.isReply() ? post.getParent().getId() : post.getId(),
                author,
                post.getAuthorName(),
                post.getAuthor() == null && !post.isErased(),
                showText ? post.getBody() : null,
                post.getPostedAt(),
                post.isHidden(),
                moderator ? post.getHiddenReason() : null,
                post.isErased(),
                author != null && author.equals(readerProfileId));
    }
}
