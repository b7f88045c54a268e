package jp.kizuna.alumni.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.BusinessException;

/** News from the company for alumni, shown on the portal. */
@Entity
@Table(name = "news_post")
public class NewsPost extends BaseEntity {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(nullable = false)
    private String author;

    protected NewsPost() {
    }

    public NewsPost(String title, String body, LocalDateTime publishedAt, String author) {
        if (title == null || title.isBlank() || body == null || body.isBlank()) {
            throw new BusinessException("network.required", "title/body");
        }
        if (title.length() > 200 || body.length() > 4000) {
            throw new BusinessException("network.profile.too-long", 4000);
        }
        this.title = title.strip();
        this.body = body.strip();
        this.publishedAt = publishedAt;
        this.author = author;
    }

    public String getTitle() { return title; }
    public String getBody() { return body; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public String getAuthor() { return author; }
}
