-- 0009: cross-border trainings (issue 5). The bundled sample catalogue is compiled
-- into the binary and never copied here: these tables hold only what the person
-- imported (own JSON, LHEO XML or the CSV template). The wallet's catalogue is the
-- bundled offers, each replaced by an imported offer with the same id, plus the
-- other imported offers. `offer` / `place` is the validated item as JSON
-- (crates/wallet/src/trainings/model.rs), so a re-import with the same content is
-- recognised as unchanged.
CREATE TABLE training_offers (
    id             TEXT PRIMARY KEY NOT NULL,
    offer          TEXT NOT NULL,          -- TrainingOffer as JSON
    source_system  TEXT NOT NULL,          -- offer.source.system, e.g. LHEO, Forem, CSV
    imported_at    TEXT NOT NULL,          -- first import (RFC 3339)
    updated_at     TEXT NOT NULL           -- last import that changed it (RFC 3339)
) STRICT;

CREATE TABLE learning_places (
    id             TEXT PRIMARY KEY NOT NULL,
    place          TEXT NOT NULL,          -- LearningPlace as JSON
    source_system  TEXT NOT NULL,
    imported_at    TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

-- "Add to my plan": the offers the person keeps in their action plan. No foreign
-- key: the offer may be a bundled one, which has no row in training_offers.
CREATE TABLE training_plan (
    offer_id  TEXT PRIMARY KEY NOT NULL,
    added_at  TEXT NOT NULL
) STRICT;
