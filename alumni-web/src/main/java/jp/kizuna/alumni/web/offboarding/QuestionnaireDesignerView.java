package jp.kizuna.alumni.web.offboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionDraft;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionKind;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionSet;
import jp.kizuna.alumni.offboarding.questionnaire.QuestionnairePurpose;
import jp.kizuna.alumni.offboarding.questionnaire.Questionnaires;
import jp.kizuna.alumni.shared.BusinessException;
import jp.kizuna.alumni.web.shared.UserMessages;

/**
 * HR edits a questionnaire (picked by {@code set}: the exit survey, the follow-up interview's or the
 * stay interview's questions, each with its own versions): the versions so far, a draft to change (add, move, remove questions and
 * choices), a preview of any version in both languages, and publishing the draft as the next version.
 * The draft is edited here and saved whole, so an unfinished edit never reaches the leavers.
 */
@Named
@ViewScoped
public class QuestionnaireDesignerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Questionnaires questionnaires;

    @Inject
    private UserMessages messages;

    private List<Questionnaires.VersionSummary> versions;
    private QuestionSet shown;
    private List<QuestionDraft> draft;
    private int draftNumber;
    private QuestionnairePurpose purpose = QuestionnairePurpose.EXIT_SURVEY;

    public List<Questionnaires.VersionSummary> getVersions() {
        if (versions == null) {
            versions = questionnaires.versions(purpose);
        }
        return versions;
    }

    public QuestionSet getShown() {
        if (shown == null) {
            shown = questionnaires.current(purpose);
        }
        return shown;
    }

    public void show(long versionId) {
        shown = questionnaires.version(versionId);
    }

    public void edit() {
        try {
            QuestionSet opened = questionnaires.draft(purpose);
            draft = new ArrayList<>(opened.questions());
            draftNumber = opened.number();
            shown = opened;
            versions = null;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void addQuestion() {
        draft.add(new QuestionDraft(null, QuestionKind.TEXT, null, null, false, 1, 5));
    }

    public void remove(int index) {
        if (!draft.get(index).isCore()) {
            draft.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0) {
            Collections.swap(draft, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index < draft.size() - 1) {
            Collections.swap(draft, index, index + 1);
        }
    }

    public void addChoice(int index) {
        draft.get(index).addChoice();
    }

    public void removeChoice(int index, int choice) {
        draft.get(index).removeChoice(choice);
    }

    public void save() {
        if (store()) {
            messages.info("offboarding", "questionnaire.saved");
        }
    }

    public void publish() {
        if (!store()) {
            return;
        }
        try {
            QuestionSet published = questionnaires.publish(purpose);
            messages.info("offboarding", "questionnaire.published", published.number());
            draft = null;
            shown = published;
            versions = null;
        } catch (BusinessException refused) {
            messages.refused(refused);
        }
    }

    public void discard() {
        questionnaires.discardDraft(purpose);
        draft = null;
        shown = null;
        versions = null;
        messages.info("offboarding", "questionnaire.discarded");
    }

    private boolean store() {
        try {
            QuestionSet saved = questionnaires.saveDraft(purpose, draft);
            draft = new ArrayList<>(saved.questions());
            shown = saved;
            versions = null;
            return true;
        } catch (BusinessException refused) {
            messages.refused(refused);
            return false;
        }
    }

    /** The questionnaire being designed, as the view parameter names it; an unknown name keeps the exit survey. */
    public String getSet() {
        return purpose.name();
    }

    public void setSet(String set) {
        for (QuestionnairePurpose candidate : QuestionnairePurpose.values()) {
            if (candidate.name().equals(set) && candidate != purpose) {
                purpose = candidate;
                versions = null;
                shown = null;
                draft = null;
            }
        }
    }

    public QuestionnairePurpose getPurpose() {
        return purpose;
    }

    public QuestionnairePurpose[] getPurposes() {
        return QuestionnairePurpose.values();
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public boolean isEditing() {
        return draft != null;
    }

    public List<QuestionDraft> getDraft() {
        return draft;
    }

    public int getDraftNumber() {
        return draftNumber;
    }
}
