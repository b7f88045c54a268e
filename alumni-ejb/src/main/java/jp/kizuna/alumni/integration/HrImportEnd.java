package jp.kizuna.alumni.integration;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells the import's row how its job ended (unless another node has taken the import over). */
@Dependent
@Named("hrImportEnd")
public class HrImportEnd extends AbstractJobListener {

    @Inject
    private JobContext job;

    @Inject
    private HrImportSteps steps;

    @Override
    public void afterJob() {
        steps.finish(HrImportReader.importId(job), job.getBatchStatus() == BatchStatus.COMPLETED);
    }
}
