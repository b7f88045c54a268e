-- Openings in English beside Japanese, like news and events: the reader gets their language, and the
-- Japanese text when no English one was written.
ALTER TABLE opportunity ADD COLUMN title_en VARCHAR(200);
ALTER TABLE opportunity ADD COLUMN description_en VARCHAR(4000);
