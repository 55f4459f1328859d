-- 0004: the holder's profile. One row; the e-mail addresses are a list of their own
-- because badges may be issued to any of them (recipient matching, issue 3/4).
-- Languages, region and photo are filled in by the profile screen (issue 4).
CREATE TABLE profile (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    name         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE profile_emails (
    address   TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    position  INTEGER NOT NULL
) STRICT;
