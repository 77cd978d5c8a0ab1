-- Amendments of signed sessions. A signed note never changes: a correction or late entry is
-- appended here with its author, time and reason. Append-only: rows are never updated or
-- deleted, and only signed sessions take amendments.
-- (0003 is the plugin SDK's migration.)

CREATE TABLE session_amendments (
  id          INTEGER PRIMARY KEY,
  session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE RESTRICT,
  author      TEXT NOT NULL,
  reason      TEXT NOT NULL,
  text        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX session_amendments_by_session ON session_amendments (session_id, id);

CREATE TRIGGER session_amendments_only_when_signed
BEFORE INSERT ON session_amendments FOR EACH ROW
WHEN (SELECT status FROM sessions WHERE id = NEW.session_id) IS NOT 'signed'
BEGIN
  SELECT RAISE(ABORT, 'amendments are added to signed sessions only');
END;
CREATE TRIGGER session_amendments_are_append_only_update
BEFORE UPDATE ON session_amendments FOR EACH ROW
BEGIN
  SELECT RAISE(ABORT, 'amendments are append-only');
END;
CREATE TRIGGER session_amendments_are_append_only_delete
BEFORE DELETE ON session_amendments FOR EACH ROW
BEGIN
  SELECT RAISE(ABORT, 'amendments are append-only');
END;
