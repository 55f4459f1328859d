-- 0006: notes a counsellor writes during an appointment (Review section), kept in the
-- holder's wallet with the date and the counsellor's name. Never exported by default.
CREATE TABLE appointment_notes (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    counsellor  TEXT NOT NULL,
    text        TEXT NOT NULL
) STRICT;
