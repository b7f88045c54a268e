package jp.kizuna.alumni.integration;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Reads the stored HR file of the job's import row by row. Its checkpoint is the number of rows
 * handed out, committed with each chunk: a restart, on any node, reads the file again from the
 * database and goes on after the last committed chunk, so no row is applied twice or skipped.
 */
@Dependent
@Named("hrImportReader")
public class HrImportReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    private HrImportSteps steps;

    private List<HrFile.Row> rows;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        long importId = importId(job);
        HrImportSteps.StoredFile file = steps.file(importId);
        rows = HrFile.read(file.content(), file.charset());
        steps.counted(importId, rows.size());
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return position < rows.size() ? rows.get(position++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    static long importId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(HrImportSteps.IMPORT_ID));
    }
}
