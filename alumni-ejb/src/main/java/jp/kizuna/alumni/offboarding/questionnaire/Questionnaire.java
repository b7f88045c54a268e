package jp.kizuna.alumni.offboarding.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.kizuna.alumni.shared.BaseEntity;

/** The questionnaire of one purpose; its questions live in its versions. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true)
    private QuestionnairePurpose purpose;

    protected Questionnaire() {}

    public Questionnaire(QuestionnairePurpose purpose) {
        this.purpose = purpose;
    }

    public QuestionnairePurpose getPurpose() {
        return purpose;
    }
}
