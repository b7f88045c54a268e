-- HR file imports run as a Jakarta Batch job (job "hr-import", JBeret's own tables hold its
-- executions and checkpoints). This is what the import screen reads, from any node: the file as
-- uploaded (a restarted job on another node reads it again from here, the node that received the
-- upload may be gone), its counts and its per-row report, all written in the transaction of the
-- chunk they belong to, together with the job's checkpoint.
CREATE TABLE hr_import (
    id            BIGINT        NOT NULL PRIMARY KEY,
    file_name     VARCHAR(255)  NOT NULL,
    encoding      VARCHAR(20),
    content       BYTEA,
    started_by    VARCHAR(120)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    finished_at   TIMESTAMP,
    -- RUNNING, COMPLETED, FAILED (stopped after some chunks), REFUSED (the file as a whole)
    status        VARCHAR(20)   NOT NULL,
    total_rows    INTEGER       NOT NULL DEFAULT 0,
    rows_read     INTEGER       NOT NULL DEFAULT 0,
    created       INTEGER       NOT NULL DEFAULT 0,
    updated       INTEGER       NOT NULL DEFAULT 0,
    unchanged     INTEGER       NOT NULL DEFAULT 0,
    refused       INTEGER       NOT NULL DEFAULT 0,
    -- The node whose job execution may write the next chunk, and when it last did.
    node          VARCHAR(120)  NOT NULL,
    heartbeat     TIMESTAMP     NOT NULL,
    execution_id  BIGINT,
    restarts      INTEGER       NOT NULL DEFAULT 0,
    failure_key   VARCHAR(100),
    failure_text  VARCHAR(2000),
    failure_text_ja VARCHAR(2000)
);
CREATE INDEX hr_import_status_idx ON hr_import (status, heartbeat);

CREATE TABLE hr_import_error (
    id              BIGINT        NOT NULL PRIMARY KEY,
    import_id       BIGINT        NOT NULL REFERENCES hr_import (id) ON DELETE CASCADE,
    line            INTEGER       NOT NULL,
    employee_number VARCHAR(200),
    code            VARCHAR(100)  NOT NULL,
    text_en         VARCHAR(2000) NOT NULL,
    text_ja         VARCHAR(2000) NOT NULL
);
CREATE INDEX hr_import_error_import_idx ON hr_import_error (import_id, line);
