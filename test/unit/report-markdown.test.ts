import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/domain/report-markdown-escape';
import { reportsToMarkdown, reportToMarkdown } from '../../src/domain/report-markdown';
import { buildBundleReports } from '../../src/domain/report-model';
import { makeCandidate, makeScorecard, workedExample } from '../fixtures/factories';

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['a | b', 'a \\| b'],
    ['*bold* _it_ `code` ~x~', '\\*bold\\* \\_it\\_ \\`code\\` \\~x\\~'],
    ['[link](http://evil)', '\\[link\\](http://evil)'],
    ['line one\n# heading\n---', 'line one \\# heading --- '.trim()],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['> not a quote', '\\> not a quote'],
    ['&amp; &#x41;', '&amp;amp; &amp;\\#x41;'],
    ['a < b & c > d', 'a < b & c > d'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('reportToMarkdown', () => {
  const [report] = buildBundleReports(workedExample());
  const text = reportToMarkdown(report!);

  it('titles the report with the name, the track and the claimed title', () => {
    expect(text.split('\n')[0]).toBe(
      '# Jane Doe (full-time), claimed title: Principal AI Architect',
    );
  });

  it('states the verdict in plain words with its reasons', () => {
    expect(text).toContain(
      '## Verdict: Borderline\n\n- Borderline: architecture 71.4 ≥ the architect minimum 70.0 but engineering 44.4 < the engineering minimum 50.0.\n',
    );
  });

  it('rounds scores to one decimal and alpha to two', () => {
    expect(text).toContain('| Architecture | 71.4 |');
    expect(text).toContain('| Engineering | 44.4 |');
    expect(text).toContain("| Agreement (Krippendorff's alpha, ordinal) | -0.50 |");
    expect(text).toContain('| Failure mode | 2 | 58.3 (weakest) |');
    expect(text).toContain('| Live sketch | 1 | 83.3 |');
  });

  it("quotes each interviewer's level and evidence, and counts drafts apart", () => {
    expect(text).toContain(
      '- **Can implement the fallback** (engineering): level 2.0, score 33.3\n  - Ann, level 2: “Said something about e1.”\n  - Bob, not observed: “Said something about e1.”',
    );
    expect(text).toContain('3 submitted scorecards (1 draft not counted), by Ann, Bob, Cy.');
    expect(text).not.toContain('Dee');
  });

  it('lists flags with who raised them, disagreements, the tally and coverage', () => {
    expect(text).toContain('- **Blames the model for a system failure** (warn), raised by Ann');
    expect(text).toContain('- **Names the failure scenario**: levels 2, 4');
    expect(text).toContain(
      '| Strong yes | 1 |\n| Yes | 1 |\n| No | 1 |\n| Strong no | 0 |\n| None given | 0 |',
    );
    expect(text).toContain('5 of 5 criteria observed.');
  });

  it('keeps hostile names and evidence from breaking the table or injecting HTML', () => {
    const bundle = workedExample();
    bundle.candidates[0] = makeCandidate({
      id: 'c1',
      name: '<img src=x onerror=alert(1)>',
      track: 'self',
    });
    bundle.scorecards[0] = makeScorecard({
      ...bundle.scorecards[0]!,
      interviewer: 'Eve | evil',
      ratings: {
        ...bundle.scorecards[0]!.ratings,
        a1: { level: 4, evidence: 'ok\n| x | y |\n<script>' },
      },
    });
    const hostile = reportToMarkdown(buildBundleReports(bundle)[0]!);
    expect(hostile).not.toMatch(/<img|<script/);
    expect(hostile.split('\n')[0]).toBe('# &lt;img src=x onerror=alert(1)> (self-assessment)');
    expect(hostile).toContain('  - Eve \\| evil, level 4: “ok \\| x \\| y \\| &lt;script>”');
    // Every table row still has exactly its columns.
    for (const line of hostile.split('\n').filter((l) => l.startsWith('|'))) {
      expect(line.replace(/\\\|/g, '').split('|').length).toBeGreaterThanOrEqual(4);
      expect(line.replace(/\\\|/g, '').split('|').length).toBeLessThanOrEqual(5);
    }
  });

  it('is deterministic and separates several reports with a rule', () => {
    const reports = buildBundleReports(workedExample());
    expect(reportsToMarkdown([...reports, ...reports])).toBe(`${text}\n---\n\n${text}`);
    expect(reportToMarkdown(buildBundleReports(workedExample())[0]!)).toBe(text);
  });
});

describe('the engagement section of the Markdown report', () => {
  it('lists the deliverables and the cost range for a fractional consultant', () => {
    const text = reportToMarkdown(buildBundleReports(workedExample('fractional'))[0]!);
    expect(text).toContain('## The engagement');
    expect(text).toContain(
      '| Architecture document | System diagram, component responsibilities, data flows, API contracts, failure modes |',
    );
    expect(text).toContain('$6,000–$14,000 a month');
  });

  it('quotes the fixed price for a project engagement and says nothing of it for a full-time hire', () => {
    expect(reportToMarkdown(buildBundleReports(workedExample('project'))[0]!)).toContain(
      '$15,000–$60,000 fixed',
    );
    expect(reportToMarkdown(buildBundleReports(workedExample('full-time'))[0]!)).not.toContain(
      '## The engagement',
    );
  });
});
