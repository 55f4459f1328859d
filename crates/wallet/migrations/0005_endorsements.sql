-- 0005: endorsements and the credential id each badge states.
-- An endorsement (an OB 3.0 EndorsementCredential, kept in `credentials` with kind
-- 'endorsement') is attached to the credential it is about, found by that
-- credential's own `id` (credential_uri). Older rows get credential_uri when first
-- needed (the wallet reads it from their original bytes).
ALTER TABLE badge_details ADD COLUMN credential_uri TEXT;
CREATE INDEX badge_details_uri ON badge_details(credential_uri);

CREATE TABLE endorsements (
    credential_id  TEXT PRIMARY KEY NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    endorsed_id    TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
    endorser_id    TEXT,
    endorser_name  TEXT,
    comment        TEXT NOT NULL DEFAULT '',
    issued_at      TEXT,
    status         TEXT NOT NULL CHECK (status IN ('verified', 'warning', 'failed')),
    report         TEXT NOT NULL,
    checked_at     TEXT NOT NULL
) STRICT;
CREATE INDEX endorsements_endorsed ON endorsements(endorsed_id);
