-- 0008: the rest of the holder's profile (issue 4): where they live (for distances to
-- trainings later), the languages they speak with a CEFR level, and an optional photo.
-- The photo is a PNG Passerelle encoded itself (no EXIF, no location), never the file
-- the person picked.
ALTER TABLE profile ADD COLUMN region TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE profile ADD COLUMN photo BLOB;

CREATE TABLE profile_languages (
    language  TEXT PRIMARY KEY NOT NULL,
    level     TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')),
    position  INTEGER NOT NULL
) STRICT;
