-- Addresses the SMTP relay refused permanently (5xx reply to RCPT TO) when the application sent to
-- them: the person is unreachable at that address until it changes. The address is kept to know
-- whether the person's current address is the refused one.
CREATE TABLE mail_refusal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    employee_id     BIGINT        NOT NULL REFERENCES employee (id),
    address         VARCHAR(320)  NOT NULL,
    smtp_reply      VARCHAR(300)  NOT NULL,
    first_refused_at TIMESTAMP    NOT NULL,
    last_refused_at TIMESTAMP     NOT NULL,
    refusals        INTEGER       NOT NULL,
    CONSTRAINT mail_refusal_person_address UNIQUE (employee_id, address)
);
