package jp.kizuna.alumni.integration;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Applies a chunk of rows through {@link HrImportSteps#apply}, in the chunk's transaction. */
@Dependent
@Named("hrImportWriter")
public class HrImportWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private HrImportSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        steps.apply(
                HrImportReader.importId(job),
                items.stream().map(HrFile.Row.class::cast).toList());
    }
}
