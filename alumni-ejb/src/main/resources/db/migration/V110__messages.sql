-- Messages: threads between an alumnus and HR (network_id null) or a department pilot network's
-- administrators (network_id set), or between two members who both accept member messages
-- (counterpart_id set). Read markers per side give the unread counts.
CREATE TABLE message_thread (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    profile_id        BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    counterpart_id    BIGINT REFERENCES alumnus_profile (id),
    network_id        BIGINT REFERENCES alumni_network (id),
    subject           VARCHAR(200)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    assignee_login    VARCHAR(120),
    assignee_name     VARCHAR(200),
    started_at        TIMESTAMP     NOT NULL,
    last_message_at   TIMESTAMP     NOT NULL,
    closed_at         TIMESTAMP,
    closed_by         VARCHAR(120),
    member_read_at    TIMESTAMP,
    counterpart_read_at TIMESTAMP,
    staff_read_at     TIMESTAMP
);
CREATE INDEX message_thread_profile_idx ON message_thread (profile_id);
CREATE INDEX message_thread_counterpart_idx ON message_thread (counterpart_id);
CREATE INDEX message_thread_status_idx ON message_thread (status, last_message_at);

CREATE TABLE thread_message (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    thread_id         BIGINT        NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
    author_side       VARCHAR(20)   NOT NULL,
    author_login      VARCHAR(120),
    author_name       VARCHAR(200),
    body              VARCHAR(4000) NOT NULL,
    sent_at           TIMESTAMP     NOT NULL
);
CREATE INDEX thread_message_thread_idx ON thread_message (thread_id, sent_at);

-- A member's choices about messages: whether other members may write to them, and whether
-- notification mails may carry the message text.
CREATE TABLE messaging_preference (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    profile_id        BIGINT        NOT NULL UNIQUE REFERENCES alumnus_profile (id),
    accept_member_messages BOOLEAN  NOT NULL DEFAULT FALSE,
    text_in_mail      BOOLEAN       NOT NULL DEFAULT TRUE
);

CREATE TABLE member_block (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    blocker_id        BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    blocked_id        BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    blocked_at        TIMESTAMP     NOT NULL,
    CONSTRAINT member_block_pair UNIQUE (blocker_id, blocked_id)
);

