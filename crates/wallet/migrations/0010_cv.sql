-- 0010: what the holder writes for their CV (issue 6): target job, summary,
-- experience, education (each text in any of en/fr/nl), phone, digital skills.
-- One row, the validated crates/wallet/src/cv.rs `CvContent` as JSON. Competences,
-- languages and badges are never copied here: the CV reads them from the wallet.
CREATE TABLE cv_content (
    id          INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    content     TEXT NOT NULL,          -- CvContent as JSON
    updated_at  TEXT NOT NULL           -- RFC 3339
) STRICT;
