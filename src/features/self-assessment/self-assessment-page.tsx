import { Link, useSearchParams } from 'react-router';
import { MAX_SKETCH_ELEMENTS, MAX_SKETCH_SVG } from '../../domain/sketch-schema';
import { useDatabase } from '../../db/database-provider';
import { useLatestPacks } from '../../db/use-packs';
import { Loading } from '../../ui/loading';
import { paths } from '../../ui/paths';
import { ModuleStep } from './module-step';
import { ReadinessReport } from './readiness-report';
import { useSelfAssessment, type SaveState } from './use-self-assessment';
import './self-assessment.css';

const SAVE_TEXT: Record<SaveState, string> = {
  idle: '',
  pending: 'Saving…',
  saved: 'Saved in this browser.',
  failed: 'Could not save: the browser refused to store it. Keep this tab open and try again.',
};

const REPORT_STEP = 'readiness';

export function SelfAssessmentPage() {
  const db = useDatabase();
  const packs = useLatestPacks();
  const pack = packs?.find((p) => p.source === 'shipped') ?? packs?.[0];
  const { assessment, update, saveState, droppedDrawings } = useSelfAssessment(db, pack);
  const [params] = useSearchParams();

  if (!pack || !assessment) return <Loading label="Loading your self-assessment" />;
  const step = params.get('step') ?? pack.modules[0]!.id;
  const module = pack.modules.find((m) => m.id === step);
  const stepLink = (id: string) => `${paths.selfAssessment}?step=${encodeURIComponent(id)}`;

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">Self-assessment</h1>
      <p className="lede">
        Private preparation: rate yourself against the same anchored levels interviewers use. It
        stays in this browser, apart from any hiring data.
      </p>
      <nav aria-label="Self-assessment steps">
        <ol className="self-steps">
          {pack.modules.map((m) => (
            <li key={m.id}>
              <Link to={stepLink(m.id)} aria-current={m.id === step ? 'page' : undefined}>
                {m.title}
              </Link>
            </li>
          ))}
          <li>
            <Link
              to={stepLink(REPORT_STEP)}
              aria-current={step === REPORT_STEP ? 'page' : undefined}
            >
              Readiness report
            </Link>
          </li>
        </ol>
      </nav>
      <p role="status" className="muted self-save-status">
        {SAVE_TEXT[saveState]}
      </p>
      {droppedDrawings.length > 0 && (
        <p role="alert" className="problem">
          Your practice drawing for{' '}
          {droppedDrawings
            .map((id) => pack.modules.find((m) => m.id === id)?.title ?? id)
            .join(' and ')}{' '}
          is too large to keep: a drawing can have at most{' '}
          {MAX_SKETCH_ELEMENTS.toLocaleString('en')} shapes and a picture of at most{' '}
          {MAX_SKETCH_SVG / 1_000_000} MB. Everything else is saved. Remove some shapes and the
          drawing is saved again.
        </p>
      )}
      {module ? (
        <ModuleStep key={module.id} module={module} assessment={assessment} update={update} />
      ) : (
        <ReadinessReport pack={pack} assessment={assessment} />
      )}
    </section>
  );
}
