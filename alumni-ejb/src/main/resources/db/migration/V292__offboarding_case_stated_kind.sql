-- What each case's stated reason says (StatedReasons), kept with the case when it is opened, so the
-- 「一身上の都合」 gap counts kinds instead of matching every phrase against every case at each request.
-- Rows a node on the previous release writes during a rolling upgrade stay NULL; the analytics
-- classify those as they read them, by the same rule as below.
ALTER TABLE offboarding_case ADD COLUMN stated_kind VARCHAR(40);

UPDATE offboarding_case c SET stated_kind =
    CASE WHEN c.stated_reason IS NULL THEN 'NOT_STATED'
         ELSE COALESCE((SELECT p.kind FROM stated_reason_phrase p
                        WHERE LOWER(c.stated_reason) LIKE '%' || p.phrase || '%'
                        ORDER BY p.priority, p.id FETCH FIRST 1 ROWS ONLY), 'UNCLASSIFIED')
    END;
