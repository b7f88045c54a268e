package jp.kizuna.alumni.worklist;

import java.util.List;
import jp.kizuna.alumni.identity.SignInRoleChange;
import jp.kizuna.alumni.offboarding.ChecklistItem;
import jp.kizuna.alumni.offboarding.ExitInterview;
import jp.kizuna.alumni.offboarding.OffboardingCase;
import jp.kizuna.alumni.opportunity.Interest;

/**
 * HR's work waiting, oldest or most urgent first in each list.
 *
 * @param newCases resignations received that nobody has moved on to the interviews yet
 * @param interviewsToRecord interviews (other than the follow-up) whose day has come and that have no notes yet
 * @param overdueTasks leaving tasks past their due date in open cases
 * @param pipelineWaiting alumni interested in an opening whom nobody has talked to yet
 * @param roleChangesWaiting sign-in role changes Keycloak has not taken yet
 */
public record HrWork(
        List<OffboardingCase> newCases,
        List<ExitInterview> interviewsToRecord,
        List<ChecklistItem> overdueTasks,
        List<Interest> pipelineWaiting,
        List<SignInRoleChange> roleChangesWaiting) {

    public boolean isEmpty() {
        return newCases.isEmpty()
                && interviewsToRecord.isEmpty()
                && overdueTasks.isEmpty()
                && pipelineWaiting.isEmpty()
                && roleChangesWaiting.isEmpty();
    }
}
