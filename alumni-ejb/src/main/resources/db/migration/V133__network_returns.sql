-- What the alumni network brings back: HR's cost of one agency hire (yen), against which rehires and
-- referral hires through the network are valued. One row, changed by HR on the returns page.
CREATE TABLE network_roi_setting (
    id                   INTEGER      NOT NULL PRIMARY KEY,
    cost_per_agency_hire BIGINT       NOT NULL,
    updated_at           TIMESTAMP,
    updated_by           VARCHAR(120)
);
INSERT INTO network_roi_setting (id, cost_per_agency_hire) VALUES (1, 3000000);
CREATE INDEX opportunity_interest_stage_idx ON opportunity_interest (stage, stage_changed_at);
CREATE INDEX referral_status_idx ON referral (status, status_changed_at);
CREATE INDEX alumnus_profile_invited_idx ON alumnus_profile (invited_at);
