import { describe, expect, it } from 'vitest';
import { junkReason, textFromJson } from '../../src/input/json.js';
import { documentFromText } from '../../src/input/read-document.js';

const OPINION_HTML = '<p>UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT</p><p>The judgment is affirmed.</p>';
const WPD_JUNK =
  '<p>Usage: wpd2html [OPTION] <wordperfect document="">\n\nOptions:\n--help                Shows this help message\n</wordperfect></p>';

describe('textFromJson: which field holds the opinion', () => {
  it.each([
    ['html_with_citations first', { html_with_citations: OPINION_HTML, plain_text: 'The judgment is affirmed. '.repeat(3) }, 'html_with_citations', 'html'],
    ['junk plain_text falls back to html', { plain_text: WPD_JUNK, html: OPINION_HTML, html_with_citations: '' }, 'html', 'html'],
    ['"None" strings are empty', { html_with_citations: 'None', html_lawbox: 'None', plain_text: 'The judgment is affirmed in all respects.' }, 'plain_text', 'text'],
    ['html_columbia before html', { html_columbia: OPINION_HTML, html: '<p>other text of the same opinion here</p>', plain_text: '' }, 'html_columbia', 'html'],
    ['xml_harvard', { xml_harvard: '<opinion><p>The judgment of the district court is affirmed.</p></opinion>', plain_text: '' }, 'xml_harvard', 'html'],
    ['wrapper HTMLtext', { HTMLtext: OPINION_HTML, Case_Text: 'x' }, 'HTMLtext', 'html'],
    ['wrapper HTMLtext that is plain text', { HTMLtext: '   UNPUBLISHED\n\nUNITED STATES COURT OF APPEALS\nNo. 01-6322', Case_Text: '' }, 'HTMLtext', 'text'],
    ['wrapper Case_Text when HTMLtext is empty', { HTMLtext: '', Case_Text: 'UNITED STATES COURT OF APPEALS, FOURTH CIRCUIT' }, 'Case_Text', 'text'],
    ['a list response takes its first result', { count: 2, results: [{ plain_text: 'The judgment is affirmed in all respects.' }, { plain_text: 'x' }] }, 'plain_text', 'text'],
    ['generic JSON with a text field', { text: 'ORDER. The motion is denied in its entirety.' }, 'text', 'text'],
  ])('%s', (_n, value, field, kind) => {
    const j = textFromJson(value);
    expect(j.field).toBe(field);
    expect(j.kind).toBe(kind);
  });

  it('says when it skipped a junk field', () => {
    const j = textFromJson({ plain_text: WPD_JUNK, html: OPINION_HTML });
    expect(j.warnings.map((w) => w.code)).toEqual(['junk-field']);
    expect(j.warnings[0].message).toMatch(/plain_text.*tool-usage/);
  });

  it('warns when no field holds text', () => {
    const j = textFromJson({ plain_text: '', html: 'None' });
    expect(j.content).toBe('');
    expect(j.warnings.map((w) => w.code)).toEqual(['json-no-text']);
  });

  it.each([
    ['', 'empty'],
    ['None', 'empty'],
    [WPD_JUNK, 'tool-usage'],
    ['Error: conversion failed', 'converter-error'],
    ['<p>  </p>', 'too-short'],
    ['The motion for compassionate release is denied.', null],
  ])('junkReason(%j) = %s', (v, why) => {
    expect(junkReason(v)).toBe(why);
  });
});

describe('metadata hints', () => {
  it('reads the bulk wrapper with its nested cluster, docket, court and author', () => {
    const j = textFromJson({
      HTMLtext: OPINION_HTML,
      Court: 'District Court, District of Columbia',
      Case_No: '80-1793',
      Opinion_Date: '1981-10-06 00:00:00',
      Title: 'Brown v. National Permanent',
      CL_opinion_author_str: '',
      CL_opinion_author: { CL_person_name_first: 'Harold', CL_person_name_middle: 'H.', CL_person_name_last: 'Greene' },
      CL_opinion_cluster: {
        CL_cluster_judges: 'Harold H. Greene',
        CL_cluster_docket: {
          CL_docket_docket_number: 'Civ. A. No. 80-1793',
          CL_docket_court: { CL_court_resource_uri: 'http://www.courtlistener.com/api/rest/v3/courts/dcd/' },
        },
      },
    });
    expect(j.format).toBe('courtlistener-json');
    expect(j.meta).toMatchObject({
      court: 'District Court, District of Columbia',
      courtId: 'dcd',
      docketNumber: 'Civ. A. No. 80-1793',
      date: '1981-10-06',
      judge: 'Harold H. Greene',
      caseName: 'Brown v. National Permanent',
    });
  });

  it('reads v4 opinion fields', () => {
    const j = textFromJson({ id: 42, plain_text: 'The judgment is affirmed in all respects here.', author_str: 'Cogburn', type: '010combined' });
    expect(j.meta).toMatchObject({ judge: 'Cogburn', courtlistenerId: '42', opinionType: '010combined' });
  });
});

describe('documentFromText on JSON', () => {
  it('keeps the chosen HTML for annotation and its text as the document text', () => {
    const doc = documentFromText(JSON.stringify({ plain_text: WPD_JUNK, html: OPINION_HTML }));
    expect(doc.source.format).toBe('courtlistener-json');
    expect(doc.source.field).toBe('html');
    expect(doc.html).toBe(OPINION_HTML);
    expect(doc.text).toBe('UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT\n\nThe judgment is affirmed.');
  });

  it('invalid JSON is read as text with a warning', () => {
    const doc = documentFromText('{ "plain_text": "cut off');
    expect(doc.source.format).toBe('txt');
    expect(doc.warnings.map((w) => w.code)).toContain('json-invalid');
  });
});
