// Guesses what kind of document was handed in. The point that matters most: an engineering
// README (install, usage, endpoints, contributing) is not an architecture document, however
// often it says "architecture" or "errors".
import type { ElementId } from './document-analysis-catalogue';
import type { SegmentedDocument } from './document-analysis-segment';

export const DOCUMENT_KINDS = [
  'architecture-document',
  'adr',
  'engineering-readme',
  'runbook',
  'marketing',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'architecture-document': 'Architecture document',
  adr: 'Architecture decision record',
  'engineering-readme': 'Engineering README',
  runbook: 'Runbook',
  marketing: 'Marketing copy',
  other: 'Other document',
};

type StatusMap = ReadonlyMap<ElementId, { status: 'present' | 'partial' | 'absent' }>;

const README_HEADING =
  /^(?:installation|install(?:ing)?|getting started|quick ?start|usage|requirements|prerequisites|contributing|license|development|running (?:the )?tests|tests|configuration|faq|features|examples|troubleshooting|support|setup|local development|build(?:ing)?|changelog|roadmap|api reference|commands|options|environment variables)$/i;
const INSTALL_COMMAND =
  /^\s*(?:\$\s*)?(?:npm (?:install|i|run)|pnpm (?:install|add)|yarn (?:add|install)|pip install|poetry (?:add|install)|cargo (?:install|add)|go (?:get|install)|git clone|docker (?:run|compose)|brew install|make\b|uvicorn\b|npx\b)/im;
const ADR_HEADING =
  /^(?:status|context|decision|consequences|considered options|decision outcome|decision drivers|pros and cons of the options|context and problem statement|positive consequences|negative consequences|alternatives(?: considered)?|options considered|links)$/i;
const RUNBOOK_HEADING =
  /^(?:alerts?|symptoms?|diagnos\w*|mitigation|escalation|known (?:issues|problems)|useful commands|troubleshooting|recovery|rollback|on-?call|daily checks)$/i;
const BUZZWORDS =
  /\b(?:revolution\w*|seamless\w*|cutting[- ]edge|next[- ]generation|game[- ]chang\w*|empower\w*|unlock\w*|transform\w*|world[- ]class|best[- ]in[- ]class|supercharge\w*|effortless\w*|unleash\w*|disrupt\w*|synerg\w*|leverag\w*|innovative|the future of|enterprise[- ]grade|bank[- ]level|infinite|10x|thrilled|excited|journey|moat|visionary|forward[- ]thinking|intuitive|powerful|magic|instant(?:ly)?|beautiful|love|trusted by|enterprise[- ]ready|out[- ]of[- ]the[- ]box|one line of code|in minutes|peace of mind|blazing|lightning[- ]fast|unparalleled|state[- ]of[- ]the[- ]art|industry[- ]leading|all[- ]in[- ]one|hands down)\b/gi;
/** A customer quote signed with a job title: "— VP Operations, Fortune 500 retailer". */
const TESTIMONIAL =
  /["”]\s*[—–-]\s*(?:vp|head|chief|cto|ceo|cio|director|staff|senior|lead|founder|manager)\b/i;
const PRICE_TIERS =
  /\b(?:free (?:tier|plan|for up to|trial)|pro plan|team plan|enterprise plans?|per seat|starts at [$€£]\d)/i;
const CALL_TO_ACTION =
  /\b(?:book a demo|request a demo|start (?:your )?free|free trial|sign up|get in touch|contact (?:us|sales)|talk to (?:us|sales)|join (?:hundreds|thousands)|learn more|get started today)\b/i;

const count = (re: RegExp, text: string): number => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return (text.match(g) ?? []).length;
};

export function guessDocumentKind(
  doc: SegmentedDocument,
  statuses: StatusMap,
): { kind: DocumentKind; reasons: string[] } {
  const titles = doc.headings.map((h) => h.title.replace(/^[\d.\s]+/, '').trim());
  const firstLines = doc.text.slice(0, 400);
  const present = (id: ElementId): boolean => statuses.get(id)?.status === 'present';
  const archPresent = (
    [
      'system-diagram',
      'component-responsibilities',
      'data-flows',
      'api-contracts',
      'failure-modes',
    ] as const
  ).filter(present);

  // Decision record: its own title or the Nygard/MADR headings.
  const adrHeadings = new Set(
    titles.filter((t) => ADR_HEADING.test(t)).map((t) => t.toLowerCase()),
  );
  const titleSaysAdr =
    /\bADR[- ]?\d+|\barchitecture decision record\b|\bdecision record\b/i.test(
      titles[0] ?? firstLines.split('\n')[0] ?? '',
    ) || /^\s*#?\s*ADR[- ]?\d+/im.test(firstLines);
  const statusLine =
    /^\s*(?:[-*]\s*)?\*{0,2}status\*{0,2}\s*:?\s*\*{0,2}\s*(?:accepted|proposed|superseded|deprecated|rejected|draft)\b/im.test(
      doc.text.slice(0, 1500),
    );
  const adrScore = adrHeadings.size + (titleSaysAdr ? 2 : 0) + (statusLine ? 1 : 0);
  if (adrScore >= 4 && doc.wordCount < 2500) {
    return {
      kind: 'adr',
      reasons: [
        'It has the headings of a decision record (status, context, decision, consequences or options).',
      ],
    };
  }

  // Engineering README: install/usage/contributing sections and shell commands.
  const readmeHeadings = titles.filter((t) => README_HEADING.test(t)).length;
  const installs = INSTALL_COMMAND.test(doc.text);
  const badges = /\[!\[[^\]]*\]\(/.test(doc.text);
  const readmeScore = readmeHeadings + (installs ? 1 : 0) + (badges ? 1 : 0);
  if (readmeScore >= 4 || (readmeScore >= 3 && archPresent.length < 4)) {
    return {
      kind: 'engineering-readme',
      reasons: [
        'It reads like an engineering README (sections such as installation, usage, configuration or contributing), not an architecture document.',
      ],
    };
  }

  // Runbook: its title, or operating sections full of imperative steps.
  const runbookTitle =
    /\brunbook\b|\bplaybook\b|\bon-?call guide\b|\boperations? (?:guide|manual|runbook)\b/i.test(
      (titles[0] ?? '') + ' ' + firstLines.split('\n').slice(0, 3).join(' '),
    );
  const runbookHeadings = titles.filter((t) => RUNBOOK_HEADING.test(t)).length;
  if (
    (runbookTitle && archPresent.length < 4) ||
    (runbookHeadings >= 3 && present('runbook') && archPresent.length < 3)
  ) {
    return {
      kind: 'runbook',
      reasons: [
        'It is a set of operating procedures: what to check and do when something goes wrong.',
      ],
    };
  }

  // Marketing: buzzwords and calls to action, with little that is specified.
  const buzz = count(BUZZWORDS, doc.text);
  const perHundred = (buzz * 100) / Math.max(doc.wordCount, 1);
  const specified = [...statuses.values()].filter((s) => s.status === 'present').length;
  const exclamations = (doc.text.match(/!(?:\s|$)/g) ?? []).length;
  const promo =
    Math.min(buzz, 6) +
    (CALL_TO_ACTION.test(doc.text) ? 2 : 0) +
    (TESTIMONIAL.test(doc.text) ? 2 : 0) +
    (PRICE_TIERS.test(doc.text) ? 1 : 0) +
    (exclamations >= 2 ? 1 : 0);
  if (
    (buzz >= 6 && perHundred >= 0.8 && specified <= 2) ||
    (promo >= 6 && archPresent.length <= 1 && specified <= 4)
  ) {
    return {
      kind: 'marketing',
      reasons: ['It is promotional: claims and buzzwords without a specified design.'],
    };
  }

  const titleSaysArchitecture =
    /\barchitecture\b|\btechnical design\b|\bdesign doc\w*\b|\bsystem design\b|\bsolution design\b|\bdesign specification\b/i.test(
      (titles[0] ?? '') + ' ' + firstLines.split('\n').slice(0, 3).join(' '),
    );
  if (
    archPresent.length >= 3 ||
    (titleSaysArchitecture && archPresent.length >= 1 && present('system-diagram'))
  ) {
    return {
      kind: 'architecture-document',
      reasons: [`It specifies ${archPresent.length} of the 5 parts of an architecture document.`],
    };
  }
  return {
    kind: 'other',
    reasons: [
      'It is not an architecture document, a decision record, a README, a runbook or marketing copy.',
    ],
  };
}
