-- Opportunities for alumni (rehire, side jobs, collaboration), the interest pipeline, rehire
-- eligibility, referrals, and events with RSVP.
CREATE TABLE opportunity (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    kind          VARCHAR(20)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    department_id BIGINT REFERENCES department (id),
    location      VARCHAR(200),
    status        VARCHAR(20)   NOT NULL,
    posted_at     TIMESTAMP     NOT NULL,
    posted_by     VARCHAR(120)  NOT NULL,
    closes_on     DATE
);
CREATE INDEX opportunity_status_idx ON opportunity (status, kind);

CREATE TABLE opportunity_interest (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    opportunity_id  BIGINT        NOT NULL REFERENCES opportunity (id),
    profile_id      BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    stage           VARCHAR(20)   NOT NULL,
    expressed_at    TIMESTAMP     NOT NULL,
    stage_changed_at TIMESTAMP    NOT NULL,
    note            VARCHAR(2000),
    UNIQUE (opportunity_id, profile_id)
);
CREATE INDEX opportunity_interest_profile_idx ON opportunity_interest (profile_id);

-- HR's decision whether a former employee may be rehired, tied to the employee and exit case.
CREATE TABLE rehire_eligibility (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    exit_case_id  BIGINT,
    decision      VARCHAR(20)   NOT NULL,
    reasons       VARCHAR(2000) NOT NULL,
    decided_at    TIMESTAMP     NOT NULL,
    decided_by    VARCHAR(120)  NOT NULL
);
CREATE INDEX rehire_eligibility_employee_idx ON rehire_eligibility (employee_id, decided_at);

CREATE TABLE referral (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    referrer_id     BIGINT        REFERENCES alumnus_profile (id),
    opportunity_id  BIGINT        REFERENCES opportunity (id),
    candidate_name  VARCHAR(200)  NOT NULL,
    candidate_email VARCHAR(254)  NOT NULL,
    note            VARCHAR(2000),
    status          VARCHAR(20)   NOT NULL,
    submitted_at    TIMESTAMP     NOT NULL,
    status_changed_at TIMESTAMP   NOT NULL
);
CREATE INDEX referral_referrer_idx ON referral (referrer_id);

CREATE TABLE alumni_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    starts_at     TIMESTAMP     NOT NULL,
    location      VARCHAR(200)  NOT NULL,
    capacity      INTEGER       NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    created_by    VARCHAR(120)  NOT NULL
);
CREATE INDEX alumni_event_starts_idx ON alumni_event (starts_at);

CREATE TABLE event_rsvp (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    event_id      BIGINT        NOT NULL REFERENCES alumni_event (id),
    profile_id    BIGINT        NOT NULL REFERENCES alumnus_profile (id),
    status        VARCHAR(20)   NOT NULL,
    responded_at  TIMESTAMP     NOT NULL,
    UNIQUE (event_id, profile_id)
);
CREATE INDEX event_rsvp_profile_idx ON event_rsvp (profile_id);
