-- 0003: documents that help verify badges offline (status and revocation lists, DID
-- documents, issuers' keys, OB 2.0 issuer and BadgeClass documents), filed under the
-- URL a verifier would fetch them from. The person imports them like badges; nothing
-- is ever downloaded. Importing a newer copy for the same URL replaces the old one.
CREATE TABLE documents (
    url       TEXT PRIMARY KEY NOT NULL,
    kind      TEXT NOT NULL,            -- status-list, revocation-list, did-document, key, issuer, badge-class
    content   BLOB NOT NULL,            -- the file as imported, unchanged
    digest    TEXT NOT NULL,            -- SHA-256 of content (hex)
    added_at  TEXT NOT NULL
) STRICT;
