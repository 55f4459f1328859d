-- 0002: what the wallet knows about each imported badge besides its original bytes:
-- the parsed summary (plain text, never HTML), a display image we encoded ourselves,
-- and the last verification report with when it was made.
CREATE TABLE badge_details (
    credential_id TEXT PRIMARY KEY NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    form          TEXT NOT NULL,           -- ob3, ob3-jwt, ob3-vcdm1.1, ob2-hosted, ...
    name          TEXT NOT NULL,
    description   TEXT,
    issuer_id     TEXT,
    issuer_name   TEXT,
    issuer_url    TEXT,
    valid_from    TEXT,
    valid_until   TEXT,
    achievement   TEXT NOT NULL DEFAULT '{}',  -- JSON: id, name, description, criteria, type, alignments
    image_png     BLOB,
    search_text   TEXT NOT NULL,               -- search::fold of name, issuer and achievement
    status        TEXT NOT NULL CHECK (status IN ('verified', 'warning', 'failed')),
    report        TEXT NOT NULL,               -- JSON FileReport
    checked_at    TEXT NOT NULL
) STRICT;
