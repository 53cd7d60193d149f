/** Writing documents: insert, replace (same path, new content) or skip (content already stored). */
import type Database from 'better-sqlite3';
import type { AddResult, IngestRecord } from '../store.js';

const json = (v: unknown): string => JSON.stringify(v ?? null);
const s0 = (span: [number, number] | null): number | null => (span ? span[0] : null);
const s1 = (span: [number, number] | null): number | null => (span ? span[1] : null);
const FULL_KINDS = new Set(['case', 'law', 'journal']);

export class Writer {
  private q;
  private readonly addOne: (rec: IngestRecord) => AddResult;

  constructor(private readonly db: Database.Database) {
    this.q = {
      byPath: db.prepare<[string], { id: number; sha256: string }>('SELECT id, sha256 FROM documents WHERE path = ?'),
      byHash: db.prepare<[string], { id: number }>('SELECT id FROM documents WHERE sha256 = ? LIMIT 1'),
      insertDoc: db.prepare(`INSERT INTO documents (path, sha256, format, bytes, title, court, docket, date, judge, case_type, ingested_at, error)
        VALUES (@path, @sha256, @format, @bytes, @title, @court, @docket, @date, @judge, @caseType, @ingestedAt, @error)`),
      updateDoc: db.prepare(`UPDATE documents SET sha256 = @sha256, format = @format, bytes = @bytes, title = @title,
        court = @court, docket = @docket, date = @date, judge = @judge, case_type = @caseType, ingested_at = @ingestedAt, error = @error
        WHERE id = @id`),
      text: db.prepare('INSERT INTO texts (id, title, text) VALUES (?, ?, ?)'),
      docAuth: db.prepare('INSERT INTO doc_authorities (authority, doc, n, first, court, date) VALUES (?, ?, ?, ?, ?, ?)'),
      fact: db.prepare('INSERT INTO facts (doc, field, value, span_start, span_end, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      motion: db.prepare(`INSERT INTO motions (doc, idx, kind, doc_entry, movant, pro_se, disposition, span_start, span_end, rules, court, judge, date)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      code: db.prepare('INSERT INTO codes (doc, motion, code, value, span_start, span_end, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      citation: db.prepare(`INSERT INTO citations (doc, idx, kind, authority, cite, text, span_start, span_end, rule, resolves_to, sentence, case_name, year)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      alias: db.prepare('INSERT OR IGNORE INTO aliases (doc, authority) VALUES (?, ?)'),
      authUp: db.prepare(`INSERT INTO authorities (authority, cite, kind, case_name, documents, occurrences) VALUES (?, ?, ?, ?, 1, ?)
        ON CONFLICT (authority) DO UPDATE SET documents = documents + 1, occurrences = occurrences + excluded.occurrences,
        case_name = coalesce(case_name, excluded.case_name)`),
      authOfDoc: db.prepare<[number], { authority: string; n: number }>('SELECT authority, n FROM doc_authorities WHERE doc = ?'),
      authDown: db.prepare('UPDATE authorities SET documents = documents - 1, occurrences = occurrences - ? WHERE authority = ?'),
      authPrune: db.prepare('DELETE FROM authorities WHERE authority = ? AND documents <= 0'),
      delText: db.prepare('DELETE FROM texts WHERE id = ?'),
      delChildren: ['facts', 'motions', 'codes', 'citations', 'aliases', 'doc_authorities'].map((t) => db.prepare(`DELETE FROM ${t} WHERE doc = ?`)),
    };
    this.addOne = (rec) => this.write(rec);
  }

  /** Adds records in one transaction. */
  addMany(recs: IngestRecord[]): AddResult[] {
    return this.db.transaction((rs: IngestRecord[]) => rs.map(this.addOne))(recs);
  }

  /** Drops a document's derived rows (and its share of the authority counts). */
  private clear(id: number): void {
    for (const { authority, n } of this.q.authOfDoc.all(id)) {
      this.q.authDown.run(n, authority);
      this.q.authPrune.run(authority);
    }
    for (const del of this.q.delChildren) del.run(id);
    this.q.delText.run(id);
  }

  private write(rec: IngestRecord): AddResult {
    const old = this.q.byPath.get(rec.path);
    if (old && old.sha256 === rec.sha256 && !rec.force) return { id: old.id, status: 'skipped' };
    if (!old) {
      const dup = this.q.byHash.get(rec.sha256);
      if (dup) return { id: dup.id, status: 'skipped' };
    }
    const { force: _force, ...fields } = rec;
    const row = { ...fields, ingestedAt: new Date().toISOString() };
    let id: number;
    if (old) {
      this.clear(old.id);
      this.q.updateDoc.run({ ...row, id: old.id });
      id = old.id;
    } else {
      id = Number(this.q.insertDoc.run(row).lastInsertRowid);
    }
    this.q.text.run(id, rec.title ?? '', rec.text);
    for (const f of rec.facts) this.q.fact.run(id, f.field, json(f.value), s0(f.span), s1(f.span), f.rule, f.confidence);
    for (const m of rec.motions) {
      this.q.motion.run(id, m.idx, m.kind, m.docEntry, m.movant, m.proSe == null ? null : m.proSe ? 1 : 0, m.disposition,
        s0(m.span), s1(m.span), json(m.rules), rec.court, rec.judge, rec.date);
    }
    for (const c of rec.codes) this.q.code.run(id, c.motion, c.code, json(c.value), s0(c.span), s1(c.span), c.rule, c.confidence);
    const perAuthority = new Map<string, { cite: string; kind: string; caseName: string | null; n: number; first: number }>();
    for (const c of rec.citations) {
      this.q.citation.run(id, c.idx, c.kind, c.authority, c.cite, c.text, c.span[0], c.span[1], c.rule, c.resolvesTo, c.sentence,
        c.caseName, c.year);
      if (!c.authority) continue;
      const a = perAuthority.get(c.authority);
      const kind = FULL_KINDS.has(c.kind) ? c.kind : null;
      if (a) {
        a.n++;
        if (kind && !FULL_KINDS.has(a.kind)) a.kind = kind;
        a.caseName ??= c.caseName;
      } else {
        perAuthority.set(c.authority, { cite: c.cite ?? c.text, kind: kind ?? 'case', caseName: c.caseName, n: 1, first: c.idx });
      }
    }
    for (const [key, a] of perAuthority) {
      this.q.authUp.run(key, a.cite, a.kind, a.caseName, a.n);
      this.q.docAuth.run(key, id, a.n, a.first, rec.court, rec.date);
    }
    for (const key of new Set(rec.aliases ?? [])) this.q.alias.run(id, key);
    return { id, status: old ? 'replaced' : 'added' };
  }
}
