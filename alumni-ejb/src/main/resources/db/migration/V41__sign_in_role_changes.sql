-- Changes of a person's roles at the single sign-on server (Keycloak), written in the same
-- transaction as the membership change that needs them and applied afterwards, retried until
-- done: nobody who joined the network is left unable to sign in to the portal.
CREATE TABLE sign_in_role_change (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    employee_id   BIGINT        NOT NULL REFERENCES employee (id),
    login_name    VARCHAR(120)  NOT NULL,
    role_name     VARCHAR(40)   NOT NULL,
    change_kind   VARCHAR(10)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    requested_at  TIMESTAMP     NOT NULL,
    attempts      INTEGER       NOT NULL DEFAULT 0,
    last_attempt_at TIMESTAMP,
    last_error    VARCHAR(500),
    completed_at  TIMESTAMP,
    completed_by  VARCHAR(120)
);
CREATE INDEX sign_in_role_change_status_idx ON sign_in_role_change (status, requested_at);
CREATE INDEX sign_in_role_change_employee_idx ON sign_in_role_change (employee_id);
