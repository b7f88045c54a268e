-- News and segment mailings in Japanese and English: each reader gets their language, the other
-- one when only one was written.
ALTER TABLE news_post ADD COLUMN title_en VARCHAR(200);
ALTER TABLE news_post ADD COLUMN body_en VARCHAR(4000);
ALTER TABLE news_post ALTER COLUMN title DROP NOT NULL;
ALTER TABLE news_post ALTER COLUMN body DROP NOT NULL;
ALTER TABLE segment_mailing ADD COLUMN subject_en VARCHAR(200);
ALTER TABLE segment_mailing ADD COLUMN body_en VARCHAR(4000);
ALTER TABLE segment_mailing ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE segment_mailing ALTER COLUMN body DROP NOT NULL;
