-- 0001: the wallet's first shape.
-- Settings are small key/value pairs chosen by the person (language, theme).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Facts about this wallet file itself.
CREATE TABLE wallet_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Every credential the wallet holds, in its original bytes (DESIGN.md invariant 8).
-- kind: an issued badge, a self-declared skill, or an endorsement of another credential.
-- digest: SHA-256 of the canonical credential, so the same badge arriving as JSON, PNG
-- or SVG is stored once (filled by the badges issue).
CREATE TABLE credentials (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('badge', 'self_declared', 'endorsement')),
    format      TEXT NOT NULL,
    original    BLOB NOT NULL,
    digest      TEXT NOT NULL UNIQUE,
    imported_at TEXT NOT NULL
) STRICT;

CREATE INDEX credentials_kind ON credentials(kind);
