import { describe, expect, it } from 'vitest';
import { cohortCsv, csvCell, toCsv } from '../../src/domain/cohort-csv';
import type { CandidateSummary } from '../../src/domain/candidate-summary';

describe('CSV cells (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('%j is written %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['a=b', 'a=b'],
  ])('neutralises a formula: %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers and nulls as they are', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c, d', 'e'],
      ]),
    ).toBe('a,b\r\n"c, d",e\r\n');
  });
});

function row(overrides: Partial<CandidateSummary>): CandidateSummary {
  return {
    candidateId: 'c1',
    name: 'Jane Doe',
    track: 'fractional',
    claimedTitle: 'Principal AI Architect',
    email: '',
    status: 'complete',
    verdict: 'architect',
    architectureScore: 71.42857,
    engineeringScore: 44.4444,
    createdAt: '2026-11-01T10:00:00.000Z',
    lastActivityAt: '2026-11-05T10:00:00.000Z',
    packKey: 'test-pack@1',
    scorecardCount: 4,
    hiddenFromViewer: false,
    ...overrides,
  };
}

describe('the cohort CSV', () => {
  it('has a header and one row per candidate, scores to one decimal', () => {
    const csv = cohortCsv([
      row({}),
      row({ candidateId: 'c2', name: '=cmd|"/c calc"!A0', verdict: null, architectureScore: null }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Name,Claimed title,Track,Status,Verdict,Architecture score,Engineering score,Rubric pack,Scorecards,Added,Last activity',
      'Jane Doe,Principal AI Architect,fractional,All modules submitted,Architect,71.4,44.4,test-pack@1,4,2026-11-01,2026-11-05',
      `"'=cmd|""/c calc""!A0",Principal AI Architect,fractional,All modules submitted,,,44.4,test-pack@1,4,2026-11-01,2026-11-05`,
      '',
    ]);
  });

  it('keeps hidden verdicts and scores hidden', () => {
    const [, line] = cohortCsv([row({ hiddenFromViewer: true })]).split('\r\n');
    expect(line).toContain('Hidden until you submit,,,');
    expect(line).not.toContain('71.4');
  });
});
