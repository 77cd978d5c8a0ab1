-- Search: client names/phones/e-mails (words folded by the application: lower case, accents
-- removed) and full text of session notes.

-- One row per client, rowid = clients.id; maintained by the application (it folds the words).
CREATE VIRTUAL TABLE client_search USING fts5(
  words,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2'
);
-- Existing clients are indexed by the migration runner right after this file (the folding
-- is done in C++ with ICU, not in SQL).

-- SOAP text of sessions. New sessions are indexed by the application in the same transaction
-- (Dialect::note_index_sql; a trigger would make each insert flush the index); edits and
-- deletions by the triggers below.
CREATE VIRTUAL TABLE session_notes USING fts5(
  subjective, objective, assessment, plan,
  content = 'sessions', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO session_notes (session_notes) VALUES ('rebuild');

CREATE TRIGGER session_notes_delete AFTER DELETE ON sessions BEGIN
  INSERT INTO session_notes (session_notes, rowid, subjective, objective, assessment, plan)
  VALUES ('delete', OLD.id, OLD.subjective, OLD.objective, OLD.assessment, OLD.plan);
END;
CREATE TRIGGER session_notes_update AFTER UPDATE OF subjective, objective, assessment, plan ON sessions BEGIN
  INSERT INTO session_notes (session_notes, rowid, subjective, objective, assessment, plan)
  VALUES ('delete', OLD.id, OLD.subjective, OLD.objective, OLD.assessment, OLD.plan);
  INSERT INTO session_notes (rowid, subjective, objective, assessment, plan)
  VALUES (NEW.id, NEW.subjective, NEW.objective, NEW.assessment, NEW.plan);
END;
