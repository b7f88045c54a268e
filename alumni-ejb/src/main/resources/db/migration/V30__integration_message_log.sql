-- HR integration: every message an HR system sends carries its own id. The id, a digest of the
-- request and the serialized answer are written in the transaction that applies the message, so
-- a re-delivered message (after a timeout or a crash) finds its answer instead of acting twice.
CREATE TABLE hr_message (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    message_id     VARCHAR(100)   NOT NULL,
    operation      VARCHAR(40)    NOT NULL,
    request_digest VARCHAR(64)    NOT NULL,
    sender         VARCHAR(120)   NOT NULL,
    received_at    TIMESTAMP      NOT NULL,
    response       VARCHAR(1000000),
    CONSTRAINT hr_message_message_id_uk UNIQUE (message_id)
);
CREATE INDEX hr_message_received_idx ON hr_message (received_at);
