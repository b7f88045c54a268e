-- How a leaver left, kept on their offboarding case: 自己都合 (VOLUNTARY, what a resignation notice
-- normally is, hence the default), 会社都合 (COMPANY), 定年 (RETIREMENT), 契約期間満了 (CONTRACT_END)
-- or OTHER; and whether HR regrets the loss. Both are set by HR on the case page and only counted
-- in the turnover analytics, where groups below the minimum size stay hidden.
ALTER TABLE offboarding_case ADD COLUMN leaving_type VARCHAR(20) DEFAULT 'VOLUNTARY' NOT NULL;
ALTER TABLE offboarding_case ADD COLUMN regretted BOOLEAN DEFAULT FALSE NOT NULL;
-- Turnover counts leavers by their leaving date and headcount by hire and leaving dates.
CREATE INDEX employee_leaving_date_idx ON employee (leaving_date);
