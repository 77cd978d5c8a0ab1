-- Plugins: which are enabled, which of their migrations ran, and the findings they produce.

-- The user's choice per plugin id. No row = the default (bundled on, third-party off).
CREATE TABLE plugin_state (
  plugin_id  TEXT PRIMARY KEY,
  enabled    INTEGER NOT NULL CHECK (enabled = 0 OR enabled = 1),
  reason     TEXT NOT NULL DEFAULT '',   -- why MyoChart disabled it (a crash), shown to the user
  updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Each plugin-owned migration applied, per plugin (versions 1, 2, 3... per plugin).
CREATE TABLE plugin_schema (
  plugin_id  TEXT NOT NULL,
  version    INTEGER NOT NULL CHECK (version >= 1),
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  PRIMARY KEY (plugin_id, version)
) WITHOUT ROWID;

-- Findings of a session (the shared type plugins exchange: trigger points, candidate source
-- muscles, tight and weak muscles, dysfunctions, red flags). Kept with the session, locked
-- with it when it is signed.
CREATE TABLE session_findings (
  id            INTEGER PRIMARY KEY,
  session_id    INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  row_version   INTEGER NOT NULL DEFAULT 1,
  kind          TEXT NOT NULL,
  subject       TEXT NOT NULL DEFAULT '',
  muscle_id     TEXT NOT NULL DEFAULT '',
  region_id     TEXT NOT NULL DEFAULT '',
  side          TEXT NOT NULL DEFAULT 'none' CHECK (side = 'none' OR side = 'left' OR side = 'right'),
  what          TEXT NOT NULL,
  evidence      TEXT NOT NULL DEFAULT '',
  confidence    REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  severity      TEXT NOT NULL DEFAULT '',
  source_plugin TEXT NOT NULL DEFAULT '',
  confirmed     INTEGER NOT NULL DEFAULT 0 CHECK (confirmed = 0 OR confirmed = 1),
  details       TEXT NOT NULL DEFAULT '{}',  -- JSON object
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX session_findings_by_session ON session_findings (session_id);

CREATE TRIGGER session_findings_of_signed_sessions_insert
BEFORE INSERT ON session_findings FOR EACH ROW
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) = 'signed'
BEGIN
  SELECT RAISE(ABORT, 'session is signed and locked');
END;
CREATE TRIGGER session_findings_of_signed_sessions_update
BEFORE UPDATE ON session_findings FOR EACH ROW
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN
  SELECT RAISE(ABORT, 'session is signed and locked');
END;
CREATE TRIGGER session_findings_of_signed_sessions_delete
BEFORE DELETE ON session_findings FOR EACH ROW
WHEN (SELECT status FROM sessions WHERE id = OLD.session_id) = 'signed'
BEGIN
  SELECT RAISE(ABORT, 'session is signed and locked');
END;
