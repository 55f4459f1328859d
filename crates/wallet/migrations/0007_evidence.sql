-- 0007: evidence files of self-declared skills (issue 4), kept inside the wallet.
-- A file is stored once, under the SHA-256 of its bytes, whatever it was called and
-- however many credentials it supports. The signed credential names each file by an
-- RFC 6920 `ni:///sha-256;…` URI of those bytes, so a verifier holding the file can
-- check it is the one that was signed. media_type is what Passerelle recognised from
-- the bytes themselves (never from the file name).
CREATE TABLE evidence_files (
    sha256      TEXT PRIMARY KEY NOT NULL,   -- hex, lower case
    media_type  TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size > 0),
    content     BLOB NOT NULL,
    added_at    TEXT NOT NULL
) STRICT;

-- Which files support which credential, under the name the person gave each one
-- (base name only, cleaned), in the order they were given.
CREATE TABLE credential_evidence (
    credential_id  TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    sha256         TEXT NOT NULL REFERENCES evidence_files(sha256),
    name           TEXT NOT NULL,
    position       INTEGER NOT NULL,
    PRIMARY KEY (credential_id, sha256)
) STRICT;
CREATE INDEX credential_evidence_file ON credential_evidence(sha256);

-- A file no credential refers to any more is not kept.
CREATE TRIGGER evidence_files_unused AFTER DELETE ON credential_evidence
WHEN NOT EXISTS (SELECT 1 FROM credential_evidence WHERE sha256 = OLD.sha256)
BEGIN
    DELETE FROM evidence_files WHERE sha256 = OLD.sha256;
END;
