package jp.kizuna.alumni.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Locale;
import jp.kizuna.alumni.shared.BaseEntity;

/** News from the company for alumni, shown on the portal. */
@Entity
@Table(name = "news_post")
public class NewsPost extends BaseEntity {

    @Column(name = "title")
    private String titleJa;

    @Column(name = "body")
    private String bodyJa;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(nullable = false)
    private String author;

    protected NewsPost() {}

    public NewsPost(BilingualText text, LocalDateTime publishedAt, String author) {
        this.titleJa = text.titleJa();
        this.bodyJa = text.bodyJa();
        this.titleEn = text.titleEn();
        this.bodyEn = text.bodyEn();
        this.publishedAt = publishedAt;
        this.author = author;
    }

    public BilingualText text() {
        return new BilingualText(titleJa, bodyJa, titleEn, bodyEn);
    }

    /** The headline in the reader's language, or in the only language it was written in. */
    public String title(Locale locale) {
        return text().title(locale);
    }

    public String body(Locale locale) {
        return text().body(locale);
    }

    public boolean isInBothLanguages() {
        return text().inBothLanguages();
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getAuthor() {
        return author;
    }
}
