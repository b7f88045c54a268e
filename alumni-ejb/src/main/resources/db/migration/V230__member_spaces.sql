-- Spaces where members talk: one per network (the company-wide network and each department pilot)
-- and topic spaces HR opens inside a network. Only the network's members, HR and the network's
-- administrators read a space.
CREATE TABLE member_space (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    network_id        BIGINT        NOT NULL REFERENCES alumni_network (id),
    kind              VARCHAR(20)   NOT NULL,
    name_ja           VARCHAR(200),
    name_en           VARCHAR(200),
    created_at        TIMESTAMP     NOT NULL,
    created_by        VARCHAR(120)
);
CREATE INDEX member_space_network_idx ON member_space (network_id);

-- Posts and replies (parent_id set). A body holds up to 4000 characters counted as code points; the
-- column counts UTF-16 units in H2, so it leaves room for text made only of supplementary characters.
-- An erased author's post keeps its place in the thread without its text or author (erased_at set).
CREATE TABLE space_post (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    space_id          BIGINT        NOT NULL REFERENCES member_space (id),
    parent_id         BIGINT REFERENCES space_post (id),
    profile_id        BIGINT REFERENCES alumnus_profile (id),
    author_login      VARCHAR(120),
    author_name       VARCHAR(200),
    body              VARCHAR(8000),
    posted_at         TIMESTAMP     NOT NULL,
    last_activity_at  TIMESTAMP     NOT NULL,
    hidden_at         TIMESTAMP,
    hidden_by         VARCHAR(120),
    hidden_reason     VARCHAR(500),
    erased_at         TIMESTAMP
);
CREATE INDEX space_post_space_idx ON space_post (space_id, parent_id, last_activity_at);
CREATE INDEX space_post_profile_idx ON space_post (profile_id);
CREATE INDEX space_post_parent_idx ON space_post (parent_id);

CREATE TABLE space_post_report (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    post_id           BIGINT        NOT NULL REFERENCES space_post (id) ON DELETE CASCADE,
    profile_id        BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    reason            VARCHAR(500)  NOT NULL,
    reported_at       TIMESTAMP     NOT NULL,
    settled_at        TIMESTAMP,
    settled_by        VARCHAR(120),
    CONSTRAINT space_post_report_once UNIQUE (post_id, profile_id)
);

CREATE TABLE space_ban (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    space_id          BIGINT        NOT NULL REFERENCES member_space (id),
    profile_id        BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    reason            VARCHAR(500)  NOT NULL,
    banned_at         TIMESTAMP     NOT NULL,
    banned_by         VARCHAR(120)  NOT NULL,
    CONSTRAINT space_ban_once UNIQUE (space_id, profile_id)
);

-- Whether a member wants a mail digest of new posts in their spaces, and when the last one went out.
CREATE TABLE space_digest_choice (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    profile_id        BIGINT        NOT NULL UNIQUE REFERENCES alumnus_profile (id),
    frequency         VARCHAR(20)   NOT NULL,
    last_sent_at      TIMESTAMP
);
