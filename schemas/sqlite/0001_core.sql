-- MyoChart core schema: clients, intake records, sessions, chart marks, settings.
-- Dates are 'YYYY-MM-DD' text, instants 'YYYY-MM-DDTHH:MM:SSZ' text (UTC).
-- Every row a user edits carries row_version (optimistic concurrency, see docs).
-- Lists of allowed values are written as OR chains: SQLite builds a temporary index for every
-- IN list of three or more values each time a row is checked.

CREATE TABLE clients (
  id                     INTEGER PRIMARY KEY,
  row_version            INTEGER NOT NULL DEFAULT 1,
  given_name             TEXT NOT NULL DEFAULT '',
  family_name            TEXT NOT NULL DEFAULT '',
  preferred_name         TEXT NOT NULL DEFAULT '',
  family_name_first      INTEGER NOT NULL DEFAULT 0 CHECK (family_name_first IN (0, 1)),
  sort_key               TEXT NOT NULL DEFAULT '',
  date_of_birth          TEXT,
  pronouns               TEXT NOT NULL DEFAULT '',
  phone                  TEXT NOT NULL DEFAULT '',
  email                  TEXT NOT NULL DEFAULT '',
  address_line1          TEXT NOT NULL DEFAULT '',
  address_line2          TEXT NOT NULL DEFAULT '',
  address_city           TEXT NOT NULL DEFAULT '',
  address_region         TEXT NOT NULL DEFAULT '',
  address_postal_code    TEXT NOT NULL DEFAULT '',
  address_country        TEXT NOT NULL DEFAULT '',
  occupation             TEXT NOT NULL DEFAULT '',
  emergency_name         TEXT NOT NULL DEFAULT '',
  emergency_relationship TEXT NOT NULL DEFAULT '',
  emergency_phone        TEXT NOT NULL DEFAULT '',
  physician_name         TEXT NOT NULL DEFAULT '',
  physician_phone        TEXT NOT NULL DEFAULT '',
  physician_practice     TEXT NOT NULL DEFAULT '',
  referral_source        TEXT NOT NULL DEFAULT '',
  notes                  TEXT NOT NULL DEFAULT '',
  archived               INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL
);
CREATE INDEX clients_by_name ON clients (archived, sort_key);

CREATE TABLE health_entries (
  id          INTEGER PRIMARY KEY,
  client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  row_version INTEGER NOT NULL DEFAULT 1,
  kind        TEXT NOT NULL CHECK (kind = 'condition' OR kind = 'medication' OR kind = 'allergy' OR kind = 'surgery'),
  description TEXT NOT NULL,
  details     TEXT NOT NULL DEFAULT '',
  started_on  TEXT,
  ended_on    TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX health_entries_by_client ON health_entries (client_id);

CREATE TABLE contraindications (
  id          INTEGER PRIMARY KEY,
  client_id   INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  row_version INTEGER NOT NULL DEFAULT 1,
  kind        TEXT NOT NULL,
  description TEXT NOT NULL,
  severity    TEXT NOT NULL CHECK (severity = 'caution' OR severity = 'local' OR severity = 'total'),
  region_id   TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  noted_on    TEXT,
  resolved_on TEXT,
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX contraindications_by_client ON contraindications (client_id, active);

CREATE TABLE consents (
  id               INTEGER PRIMARY KEY,
  client_id        INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  row_version      INTEGER NOT NULL DEFAULT 1,
  kind             TEXT NOT NULL,
  given_on         TEXT NOT NULL,
  witnessed_by     TEXT NOT NULL DEFAULT '',
  document_version TEXT NOT NULL DEFAULT '',
  withdrawn_on     TEXT,
  notes            TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX consents_by_client ON consents (client_id);

CREATE TABLE sessions (
  id               INTEGER PRIMARY KEY,
  client_id        INTEGER NOT NULL REFERENCES clients (id) ON DELETE RESTRICT,
  row_version      INTEGER NOT NULL DEFAULT 1,
  therapist        TEXT NOT NULL,
  started_at       TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
  modality         TEXT NOT NULL DEFAULT '',
  subjective       TEXT NOT NULL DEFAULT '',
  objective        TEXT NOT NULL DEFAULT '',
  assessment       TEXT NOT NULL DEFAULT '',
  plan             TEXT NOT NULL DEFAULT '',
  pain_before      INTEGER CHECK (pain_before BETWEEN 0 AND 10),
  pain_after       INTEGER CHECK (pain_after BETWEEN 0 AND 10),
  status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  signed_at        TEXT,
  signed_by        TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX sessions_by_client ON sessions (client_id, started_at);

-- A signed note is immutable: the application refuses edits, and so does the database.
CREATE TRIGGER sessions_signed_are_locked
BEFORE UPDATE ON sessions FOR EACH ROW WHEN OLD.status = 'signed'
BEGIN
  SELECT RAISE(ABORT, 'session is signed and locked');
END;
CREATE TRIGGER sessions_signed_are_kept
BEFORE DELETE ON sessions FOR EACH ROW WHEN OLD.status = 'signed'
BEGIN
  SELECT RAISE(ABORT, 'session is signed and locked');
END;

CREATE TABLE chart_marks (
  id          INTEGER PRIMARY KEY,
  session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  row_version INTEGER NOT NULL DEFAULT 1,
  view        TEXT NOT NULL CHECK (view = 'anterior' OR view = 'posterior' OR
                                    view = 'left_lateral' OR view = 'right_lateral'),
  shape       TEXT NOT NULL CHECK (shape = 'point' OR shape = 'area' OR shape = 'stroke'),
  points      TEXT NOT NULL,            -- JSON [[x, y], ...] in chart coordinates
  kind        TEXT NOT NULL,
  intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
  quality     TEXT NOT NULL DEFAULT '',
  muscle_id   TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  attributes  TEXT NOT NULL DEFAULT '{}', -- JSON object of kind-specific fields
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX chart_marks_by_session ON chart_marks (session_id);

CREATE TABLE chart_mark_regions (
  mark_id   INTEGER NOT NULL REFERENCES chart_marks (id) ON DELETE CASCADE,
  region_id TEXT NOT NULL,
  PRIMARY KEY (mark_id, region_id)
) WITHOUT ROWID;

-- Marks of a signed session cannot change or go. (New marks on a signed session are refused
-- by the application: an INSERT trigger would make every mark insert a multi-statement write,
-- which makes SQLite flush the full-text indexes after each one.)
CREATE TRIGGER chart_marks_of_signed_sessions_update
BEFORE UPDATE ON chart_marks FOR EACH ROW
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN
  SELECT RAISE(ABORT, 'session is signed and locked');
END;
CREATE TRIGGER chart_marks_of_signed_sessions_delete
BEFORE DELETE ON chart_marks FOR EACH ROW
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN
  SELECT RAISE(ABORT, 'session is signed and locked');
END;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
