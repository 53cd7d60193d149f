/**
 * The SQLite schema, versioned with `PRAGMA user_version`. Each migration moves the DB from version
 * i to i+1 inside one transaction; a new column or index is a new entry at the end, never an edit.
 */
import type Database from 'better-sqlite3';

const V2 = `
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL UNIQUE,
  sha256      TEXT NOT NULL,
  format      TEXT NOT NULL,
  bytes       INTEGER NOT NULL,
  title       TEXT,
  court       TEXT,
  docket      TEXT,
  date        TEXT,
  year        INTEGER GENERATED ALWAYS AS (CAST(substr(date, 1, 4) AS INTEGER)) VIRTUAL,
  judge       TEXT,
  case_type   TEXT,
  ingested_at TEXT NOT NULL,
  error       TEXT
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE INDEX documents_court_date ON documents(court, date);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_year ON documents(year);
CREATE INDEX documents_judge ON documents(judge COLLATE NOCASE);
CREATE INDEX documents_error ON documents(error) WHERE error IS NOT NULL;

-- The texts live apart from the metadata, so scans, joins and facet counts over documents read small
-- rows. This table is also the FTS index's external content.
CREATE TABLE texts (
  id    INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '',
  text  TEXT NOT NULL
);

CREATE TABLE facts (
  doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field      TEXT NOT NULL,
  value      TEXT NOT NULL, -- JSON
  span_start INTEGER,
  span_end   INTEGER,
  rule       TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX facts_doc ON facts(doc);
CREATE INDEX facts_field_value ON facts(field, value);
CREATE INDEX facts_rule ON facts(rule);

CREATE TABLE motions (
  doc         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  doc_entry   TEXT,
  movant      TEXT,
  pro_se      INTEGER,
  disposition TEXT,
  span_start  INTEGER,
  span_end    INTEGER,
  rules       TEXT NOT NULL, -- JSON array of rule ids
  -- Copies of the document's court, judge and date: grant-rate tables read this table alone.
  court       TEXT,
  judge       TEXT,
  date        TEXT,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX motions_kind_disposition ON motions(kind, disposition);
CREATE INDEX motions_disposition ON motions(disposition);
CREATE INDEX motions_court ON motions(court, kind);

CREATE TABLE codes (
  doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  motion     INTEGER,
  code       TEXT NOT NULL,
  value      TEXT NOT NULL, -- JSON
  span_start INTEGER,
  span_end   INTEGER,
  rule       TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX codes_doc ON codes(doc);
CREATE INDEX codes_code_value ON codes(code, value);

CREATE TABLE citations (
  doc         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  authority   TEXT,
  cite        TEXT,
  text        TEXT NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  rule        TEXT NOT NULL,
  resolves_to INTEGER,
  sentence    TEXT NOT NULL,
  case_name   TEXT,
  year        INTEGER,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX citations_authority ON citations(authority, doc) WHERE authority IS NOT NULL;

-- Per document and authority: how often and where first. The citator reads this, in count order.
CREATE TABLE doc_authorities (
  authority TEXT NOT NULL,
  doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  n         INTEGER NOT NULL,
  first     INTEGER NOT NULL, -- citations.idx of the first occurrence
  PRIMARY KEY (authority, doc)
) WITHOUT ROWID;
CREATE INDEX doc_authorities_rank ON doc_authorities(authority, n DESC, doc DESC);
CREATE INDEX doc_authorities_doc ON doc_authorities(doc);

-- One row per authority: documents citing it and occurrences, kept up to date on every write so the
-- "most cited" list is an index scan, not a GROUP BY over every citation.
CREATE TABLE authorities (
  authority   TEXT PRIMARY KEY,
  cite        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  case_name   TEXT,
  documents   INTEGER NOT NULL,
  occurrences INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX authorities_documents ON authorities(documents DESC);

-- Authorities a document is itself known as (its reporter citations, from the file's metadata).
CREATE TABLE aliases (
  doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  authority TEXT NOT NULL,
  PRIMARY KEY (authority, doc)
) WITHOUT ROWID;
CREATE INDEX aliases_doc ON aliases(doc);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text, content='texts', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER texts_ai AFTER INSERT ON texts BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER texts_ad AFTER DELETE ON texts BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER texts_au AFTER UPDATE ON texts BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`;

/**
 * Covering indexes for rate tables (one index range per group key, no table rows read), and the
 * citing document's court and date on doc_authorities so "most cited in a court / a period" reads
 * one index range.
 */
const V3 = `
CREATE INDEX motions_court_disposition ON motions(court, disposition);
CREATE INDEX motions_judge_disposition ON motions(judge, disposition);
CREATE INDEX motions_date_disposition ON motions(date, disposition);
ALTER TABLE doc_authorities ADD COLUMN court TEXT;
ALTER TABLE doc_authorities ADD COLUMN date TEXT;
UPDATE doc_authorities SET court = (SELECT court FROM documents WHERE id = doc), date = (SELECT date FROM documents WHERE id = doc);
CREATE INDEX doc_authorities_court ON doc_authorities(court, authority, n);
CREATE INDEX doc_authorities_date ON doc_authorities(date, authority, n);
`;

/** Version 1 was a development layout (text inside `documents`) that never shipped; version 2 is the first. */
export const MIGRATIONS: string[] = ['', V2, V3];

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`corpus database has schema version ${current}, newer than this courtreader (${MIGRATIONS.length})`);
  }
  if (current === 1) {
    throw new Error('this corpus database was made by a development build of courtreader (schema 1): delete it and ingest again');
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
