package jp.kizuna.alumni.offboarding.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import jp.kizuna.alumni.shared.BaseEntity;
import jp.kizuna.alumni.shared.LocalizedText;

/** One choice of a single or multiple choice question. */
@Entity
@Table(name = "questionnaire_choice")
public class QuestionChoice extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_ja", nullable = false)
    private String textJa;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    protected QuestionChoice() {}

    QuestionChoice(Question question, int position, String textJa, String textEn) {
        this.question = question;
        this.position = position;
        this.textJa = textJa == null ? "" : textJa.strip();
        this.textEn = textEn == null ? "" : textEn.strip();
    }

    public String text(Locale locale) {
        return LocalizedText.in(locale, textJa, textEn);
    }

    public int getPosition() {
        return position;
    }

    public String getTextJa() {
        return textJa;
    }

    public String getTextEn() {
        return textEn;
    }
}
