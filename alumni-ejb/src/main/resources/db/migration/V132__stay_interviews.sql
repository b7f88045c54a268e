-- Stay interviews: conversations with current employees about what might make them leave, in the same
-- reason categories as exit interviews and under the same confidentiality levels (HR only unless the
-- writer deliberately widens it). The department and manager are kept as they were on the day.
CREATE TABLE stay_interview (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL DEFAULT 0,
    employee_id        BIGINT        NOT NULL REFERENCES employee (id),
    department_id      BIGINT REFERENCES department (id),
    manager_id         BIGINT REFERENCES employee (id) ON DELETE SET NULL,
    held_on            DATE          NOT NULL,
    interviewer_login  VARCHAR(120)  NOT NULL,
    interviewer_name   VARCHAR(200)  NOT NULL,
    primary_concern_id BIGINT REFERENCES reason_category (id),
    flight_risk        VARCHAR(10),
    notes              VARCHAR(4000),
    confidentiality    VARCHAR(20)   NOT NULL,
    named_readers      VARCHAR(1000),
    recorded_at        TIMESTAMP     NOT NULL
);
CREATE INDEX stay_interview_employee_idx ON stay_interview (employee_id, held_on);
CREATE INDEX stay_interview_held_idx ON stay_interview (held_on);

CREATE TABLE stay_interview_concern (
    interview_id BIGINT NOT NULL REFERENCES stay_interview (id) ON DELETE CASCADE,
    category_id  BIGINT NOT NULL REFERENCES reason_category (id),
    PRIMARY KEY (interview_id, category_id)
);
