import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, elementStatus } from '../../src/domain/document-analysis';
import { ELEMENTS, ELEMENT_IDS } from '../../src/domain/document-analysis-catalogue';
import { segmentDocument } from '../../src/domain/document-analysis-segment';
import { describeGaps } from '../../src/domain/document-analysis-gaps';
import { suggestRatings } from '../../src/domain/document-analysis-ratings';
import { parseRubricPackText } from '../../src/domain/rubric-validate';

const ARCH_DOC = `# Ticket Agent Architecture

## System diagram

\`\`\`
[Webhook] --> [Intake API] --> [Queue] --> [Agent worker]
                                              |
                                              v
                                        [LLM gateway] --> [Provider]
\`\`\`

## Components

- **Intake API**: verifies the signature, stores the ticket and enqueues it.
- **Queue**: buffers bursts and dead-letters after 5 attempts.
- **Agent worker**: runs the agent for one ticket and owns the step budget.
- **LLM gateway**: owns timeouts, model routing and token accounting.

## Data flow

1. The helpdesk posts the ticket to the Intake API, which stores it and returns 202.
2. The worker picks the ticket from the queue and loads the customer's account.
3. The worker calls the gateway, validates the answer and writes the reply back.

## API contracts

\`POST /v1/tickets\` request: \`{ "ticketId": string, "body": string, "customerId": string }\`.
Response: \`202 { "trackingId": string }\`; \`409\` when the ticket id was already received.
`;

const FAILURE_SECTION = `
## Failure modes

- If the provider returns 429 or 5xx three times in a row, the gateway falls back to the smaller model.
- If both models are unavailable, tickets are routed to the human queue with the context gathered so far.
- When the output fails schema validation twice, the ticket is escalated instead of answered.
`;

const README = `# ticket-agent

[![CI](https://example.com/badge.svg)](https://example.com)

A small service that answers support tickets with an LLM. See the architecture overview below.

## Installation

\`\`\`bash
npm install
cp .env.example .env
\`\`\`

## Usage

\`\`\`bash
npm start
\`\`\`

## Architecture

The service has an API, a worker and a Postgres database.

## API endpoints

| Method | Path | Description |
|---|---|---|
| POST | /tickets | Create a ticket |
| GET | /health | Health check |

## Errors

Errors are logged. If you see errors, check the logs.

## Contributing

Pull requests welcome.

## License

MIT
`;

const NYGARD_ADR = `# ADR-0003: Use a managed vector database

## Status

Accepted

## Context

Similarity search over 3 million chunks must answer within 50 ms at p95 and filter by tenant.
The team has no one who operates search clusters today.

## Decision

We will use a managed vector database with one namespace per tenant.

## Consequences

We pay about $1,800 a month and data leaves our VPC; in exchange nobody on the team has to run
a cluster. We will revisit this if the tenant count passes 5,000.
`;

describe('analyzeDocument', () => {
  it('returns every catalogue element once, in catalogue order', () => {
    const analysis = analyzeDocument(ARCH_DOC);
    expect(analysis.elements.map((e) => e.id)).toEqual([...ELEMENT_IDS]);
    expect(ELEMENTS).toHaveLength(31);
  });

  it('gives passages whose offsets point into the original text, CRLF included', () => {
    for (const text of [
      ARCH_DOC + FAILURE_SECTION,
      (ARCH_DOC + FAILURE_SECTION).replace(/\n/g, '\r\n'),
    ]) {
      const analysis = analyzeDocument(text);
      const passages = analysis.elements.flatMap((e) => e.passages);
      expect(passages.length).toBeGreaterThan(10);
      for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.snippet);
    }
  });

  it('is deterministic', () => {
    const text = readFileSync('test/fixtures/documents/arch-full-engagement-pack.md', 'utf8');
    expect(analyzeDocument(text)).toEqual(analyzeDocument(text));
  });

  it('finds the architecture parts and the failure modes only when they are specified', () => {
    const without = analyzeDocument(ARCH_DOC);
    expect(elementStatus(without, 'system-diagram')).toBe('present');
    expect(elementStatus(without, 'component-responsibilities')).toBe('present');
    expect(elementStatus(without, 'data-flows')).toBe('present');
    expect(elementStatus(without, 'api-contracts')).toBe('present');
    expect(elementStatus(without, 'failure-modes')).toBe('absent');
    expect(without.kind).toBe('architecture-document');

    const withFailures = analyzeDocument(ARCH_DOC + FAILURE_SECTION);
    const failure = withFailures.elements.find((e) => e.id === 'failure-modes')!;
    expect(failure.status).toBe('present');
    expect(
      failure.passages.some((p) => p.kind === 'heading' && p.snippet === '## Failure modes'),
    ).toBe(true);
    expect(
      failure.passages.some((p) => p.snippet.includes('falls back to the smaller model')),
    ).toBe(true);
  });

  it('does not judge an engineering README an architecture document, and its "errors" are not failure modes', () => {
    const analysis = analyzeDocument(README);
    expect(analysis.kind).toBe('engineering-readme');
    expect(elementStatus(analysis, 'failure-modes')).toBe('partial');
    expect(elementStatus(analysis, 'api-contracts')).toBe('partial');
    expect(elementStatus(analysis, 'component-responsibilities')).not.toBe('present');
  });

  it('recognises a Nygard decision record and its parts', () => {
    const analysis = analyzeDocument(NYGARD_ADR);
    expect(analysis.kind).toBe('adr');
    expect(elementStatus(analysis, 'decision-context')).toBe('present');
    expect(elementStatus(analysis, 'decision-outcome')).toBe('present');
    expect(elementStatus(analysis, 'consequences')).toBe('present');
    expect(elementStatus(analysis, 'alternatives-considered')).toBe('absent');
  });

  it('does not count an architecture "Context" section as a decision record', () => {
    const analysis = analyzeDocument(
      `# Design\n\n## Context\n\nWe receive 120,000 invoices a month and key them by hand today, which takes twelve people.\n\n${ARCH_DOC}`,
    );
    expect(elementStatus(analysis, 'decision-context')).toBe('absent');
  });

  it('caps marketing copy at partial: claims are not specifications', () => {
    const analysis = analyzeDocument(
      readFileSync('test/fixtures/documents/marketing-platform-launch.md', 'utf8'),
    );
    expect(analysis.kind).toBe('marketing');
    expect(analysis.elements.filter((e) => e.status === 'present')).toEqual([]);
  });

  it('analyses a 50-page document quickly', () => {
    const one = readFileSync('test/fixtures/documents/arch-full-engagement-pack.md', 'utf8');
    const big = Array.from({ length: 15 }, () => one).join('\n\n'); // about 25,000 words
    analyzeDocument(big); // warm up the regular expressions
    const t0 = performance.now();
    analyzeDocument(big);
    // Measured about 50 ms on a laptop; the bound leaves room for slow CI machines.
    expect(performance.now() - t0).toBeLessThan(400);
  });
});

describe('segmentDocument', () => {
  it('detects Markdown, numbered and title-like headings, not numbered list items', () => {
    const plain = [
      'OVERVIEW',
      'The system answers questions.',
      '',
      '2. Failure modes',
      '',
      '2.1 Provider outage',
      'The gateway falls back to the second provider.',
      '',
      'Steps to take',
      '1. Check the dashboard.',
      '2. Page the on-call engineer.',
      '',
      'Cost estimate',
      'About $400 per month.',
    ].join('\n');
    const titles = segmentDocument(plain).headings.map((h) => [h.title, h.level]);
    expect(titles).toEqual([
      ['OVERVIEW', 1],
      ['Failure modes', 2],
      ['Provider outage', 3],
      ['Steps to take', 2],
      ['Cost estimate', 2],
    ]);
    const md = segmentDocument(
      '# Title\n\n## Components\n\nText here.\n\n1. First item\n2. Second item\n',
    );
    expect(md.headings.map((h) => h.title)).toEqual(['Title', 'Components']);
    expect(md.passages.filter((p) => p.kind === 'list-item')).toHaveLength(2);
  });

  it('keeps a fenced code block as one passage and table rows with their header', () => {
    const doc = segmentDocument(
      '# T\n\n```\na --> b\nb --> c\n```\n\n| Alert | Threshold |\n|---|---|\n| Errors | > 5% |\n',
    );
    expect(doc.passages.map((p) => p.kind)).toEqual(['code', 'table-row', 'table-row']);
    expect(doc.passages[2]!.tableHeader).toBe('| Alert | Threshold |');
  });
});

describe('describeGaps', () => {
  it('points out the missing failure-mode section and cost estimate in plain sentences', () => {
    const gaps = describeGaps(analyzeDocument(ARCH_DOC)).map((g) => g.text);
    expect(gaps[0]).toBe(
      'No failure-mode section: the document does not say what the system does when a model, provider or component fails.',
    );
    expect(gaps).toContain('No cost estimate.');
    expect(gaps).not.toContain('No system diagram.');
  });

  it('says nothing about an element a second document covers', () => {
    const gaps = describeGaps([
      analyzeDocument(ARCH_DOC),
      analyzeDocument(ARCH_DOC + FAILURE_SECTION),
    ]);
    expect(gaps.some((g) => g.id === 'failure-modes')).toBe(false);
  });
});

describe('suggestRatings', () => {
  const parsed = parseRubricPackText(readFileSync('rubrics/ai-architect-default.v1.json', 'utf8'));
  if (!parsed.ok) throw new Error('default pack does not parse');
  const docReview = parsed.value.modules.find((m) => m.id === 'doc-review')!;

  it('suggests a level for each text-judged criterion of the default pack, and none for the rest', () => {
    const ratings = suggestRatings(analyzeDocument(ARCH_DOC + FAILURE_SECTION), docReview.criteria);
    expect(ratings.map((r) => [r.criterionId, r.level])).toEqual([
      ['dr-architecture-document', 4],
      ['dr-decision-records', 1],
      ['dr-supporting-deliverables', 1],
      ['dr-ai-specific-content', 2],
      ['dr-authorship', null],
      ['dr-implementation-traceability', null],
    ]);
    for (const r of ratings) expect(r.reason.length).toBeGreaterThan(10);
  });

  it('rates a README level 1 for the architecture document, saying why', () => {
    const [arch] = suggestRatings(analyzeDocument(README), [{ id: 'dr-architecture-document' }]);
    expect(arch).toEqual({
      criterionId: 'dr-architecture-document',
      level: 1,
      reason: 'The document is an engineering README, not an architecture document.',
    });
  });

  it('names what is missing in the reason', () => {
    const [arch] = suggestRatings(analyzeDocument(ARCH_DOC), [{ id: 'dr-architecture-document' }]);
    expect(arch!.level).toBe(3);
    expect(arch!.reason).toContain('missing or thin: failure modes');
  });

  it('rates a complete decision record level 4 only with the revisit question', () => {
    const full = readFileSync('test/fixtures/documents/adr-madr-model-routing.md', 'utf8');
    const [dr] = suggestRatings(analyzeDocument(full), [{ id: 'dr-decision-records' }]);
    expect(dr!.level).toBe(4);
    expect(dr!.reason).toContain('Ask which decision was later revisited');
    const [nygard] = suggestRatings(analyzeDocument(NYGARD_ADR), [{ id: 'dr-decision-records' }]);
    expect(nygard!.level).toBe(2);
  });

  it('gives no level for a criterion it does not know', () => {
    expect(suggestRatings(analyzeDocument(ARCH_DOC), [{ id: 'custom-criterion' }])).toEqual([
      {
        criterionId: 'custom-criterion',
        level: null,
        reason: 'No suggestion: this criterion is not judged from the document text.',
      },
    ]);
  });
});
