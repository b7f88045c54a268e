-- The company-wide alumni network is reference data, there from the first start (it was created by
-- the code on the first enrolment, with its names written in Java in three places). A database where
-- it was already created keeps its row.
INSERT INTO alumni_network (id, version, code, name_ja, name_en, status, created_at)
SELECT 1, 0, 'COMPANY', '全社アルムナイネットワーク', 'Company alumni network', 'ACTIVE', CURRENT_TIMESTAMP
WHERE NOT EXISTS (SELECT 1 FROM alumni_network WHERE code = 'COMPANY');
