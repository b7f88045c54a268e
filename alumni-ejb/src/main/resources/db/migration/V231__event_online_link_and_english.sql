-- Events: an online meeting link (https only; given to registrants in their invite, never listed
-- publicly) and the title and description in English beside the Japanese ones, the reader getting
-- their language and the Japanese text when no English one was written.
ALTER TABLE alumni_event ADD COLUMN online_url VARCHAR(500);
ALTER TABLE alumni_event ADD COLUMN title_en VARCHAR(200);
ALTER TABLE alumni_event ADD COLUMN description_en VARCHAR(4000);
