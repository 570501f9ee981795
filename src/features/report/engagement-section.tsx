import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-provider';
import { QUOTE_PERIOD_LABELS } from '../../domain/candidate-labels';
import type { QuotedPrice } from '../../domain/candidate-schema';
import {
  COST_SOURCE_NOTE,
  compareQuote,
  engagementView,
  type EngagementView,
} from '../../domain/engagement';
import type { ReportModel } from '../../domain/report-model';
import { ReportSection, type HeadingLevel } from './report-section';
import { listScorecardsOfCandidate } from '../../db/scorecard-repository';

type ShownStatus = 'present' | 'partial' | 'absent';

// The document analysis names one deliverable differently from the article's table.
const ANALYSIS_ID: Record<string, string> = { 'safety-guardrails-spec': 'safety-guardrails' };
const RANK: Record<ShownStatus, number> = { absent: 0, partial: 1, present: 2 };
const SHOWN_TEXT: Record<ShownStatus, string> = {
  present: 'Shown',
  partial: 'Partly shown',
  absent: 'Not shown',
};

/**
 * Best status per deliverable over every analysed document of the doc-review scorecards.
 * Read defensively: the analyses are an optional extension of a scorecard.
 */
function shownDeliverables(documents: unknown[]): Map<string, ShownStatus> | null {
  const shown = new Map<string, ShownStatus>();
  let analysed = false;
  for (const doc of documents) {
    const analysis = (doc as { analysis?: unknown })?.analysis ?? doc;
    const list = (analysis as { deliverables?: unknown })?.deliverables;
    if (!Array.isArray(list)) continue;
    analysed = true;
    for (const item of list as { id?: unknown; status?: unknown }[]) {
      if (typeof item?.id !== 'string' || typeof item.status !== 'string') continue;
      if (!(item.status in RANK)) continue;
      const status = item.status as ShownStatus;
      const before = shown.get(item.id);
      if (!before || RANK[status] > RANK[before]) shown.set(item.id, status);
    }
  }
  return analysed ? shown : null;
}

const dollars = (n: number) => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** The quote in the unit of the usual range, or null when they cannot be compared. */
function comparable(view: EngagementView, quote: QuotedPrice): number | null {
  if (view.model.per === 'month') {
    if (quote.period === 'month') return quote.amount;
    if (quote.period === 'year') return quote.amount / 12;
    return null;
  }
  if (view.model.per === 'project') return quote.period === 'fixed' ? quote.amount : null;
  return quote.period === 'year' ? quote.amount : null;
}

function QuoteLine({ view, quote }: { view: EngagementView; quote: QuotedPrice | null }) {
  if (!quote) {
    return (
      <p>
        <strong>Quoted price.</strong> No quote recorded; add it on the consultant&apos;s details to
        compare it with the usual range.
      </p>
    );
  }
  const value = comparable(view, quote);
  const quoted = `${dollars(quote.amount)} ${QUOTE_PERIOD_LABELS[quote.period]}`;
  if (value === null) {
    return (
      <p>
        <strong>Quoted price.</strong> {quoted}: not comparable with the usual range of{' '}
        {view.model.costText}, which is priced differently.
      </p>
    );
  }
  const where = compareQuote(view.model.id, value);
  const text =
    where === 'within'
      ? 'within the usual range'
      : where === 'below'
        ? 'below the usual range: ask what is left out'
        : 'above the usual range: ask what justifies it';
  return (
    <p>
      <strong>Quoted price.</strong> {quoted}
      {quote.period === 'year' &&
        view.model.per === 'month' &&
        ` (${dollars(value)} a month)`}: <strong>{text}</strong> of {view.model.costText}.
    </p>
  );
}

/** For a fractional or project consultant: what the engagement delivers and what it costs. */
export function EngagementSection({
  report,
  level,
  context,
}: {
  report: ReportModel;
  level: HeadingLevel;
  context?: string;
}) {
  const db = useDatabase();
  const view = engagementView(report.track);
  const data = useLiveQuery(async () => {
    if (!view) return null;
    const candidate = await db.candidates.get(report.candidateId);
    const cards = await listScorecardsOfCandidate(db, report.candidateId);
    const documents = cards.flatMap((c) => (Array.isArray(c.documents) ? c.documents : []));
    // zod checks the stored quote: loaded for a consultant's report only, after the reads, so
    // the rest of the report shows without it.
    const { quotedPriceSchema } = await import('../../domain/candidate-schema');
    const parsed = quotedPriceSchema.safeParse(candidate?.quotedPrice);
    return { quote: parsed.success ? parsed.data : null, shown: shownDeliverables(documents) };
  }, [db, report.candidateId, view === null]);
  if (!view) return null;
  const shown = data?.shown ?? null;
  return (
    <ReportSection title="The engagement" level={level} context={context}>
      <p>{view.summary}</p>
      <table className="data-table deliverables-table">
        <caption>
          {shown
            ? 'Deliverables the engagement must hand over, against what the consultant showed in the document review'
            : 'Deliverables to expect from the consultant'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Deliverable</th>
            <th scope="col">What it contains</th>
            {shown && <th scope="col">In the documents reviewed</th>}
          </tr>
        </thead>
        <tbody>
          {view.deliverables.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{d.contains}</td>
              {shown && <td>{SHOWN_TEXT[shown.get(ANALYSIS_ID[d.id] ?? d.id) ?? 'absent']}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {!shown && (
        <p className="muted">
          No documents of this consultant have been analysed yet: ask for each deliverable in
          writing and review it in the document-review module.
        </p>
      )}
      <QuoteLine view={view} quote={data?.quote ?? null} />
      <p>
        <strong>Cost context.</strong> A {view.model.title.toLowerCase()} engagement typically costs{' '}
        <strong>{view.model.costText}</strong> ({view.model.bestFor.toLowerCase()}); a full-time
        hire costs {view.fullTime.costText}. {COST_SOURCE_NOTE}
      </p>
      {report.modules.length > 0 && (
        <p>
          <strong>Weights for this engagement.</strong>{' '}
          {report.modules.map((m) => `${m.title}: ${m.weight}`).join('; ')}.
        </p>
      )}
    </ReportSection>
  );
}
