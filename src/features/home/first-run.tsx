import type { RubricPack } from '../../domain/rubric-schema';
import { useDatabase } from '../../db/database-provider';
import { setAudience, type Audience } from '../../db/preferences-repository';
import { ModuleList } from './module-list';
import './home.css';

const CHOICES: { audience: Audience; title: string; who: string }[] = [
  {
    audience: 'hiring',
    title: 'Score interviews',
    who: 'Hiring managers and panels: add a candidate and score each module.',
  },
  {
    audience: 'founder',
    title: 'Vet a consultant',
    who: 'Founders: check a fractional or project architect against the deliverables.',
  },
  {
    audience: 'candidate',
    title: 'Prepare for an interview',
    who: 'Candidates: rate yourself against the same levels, privately.',
  },
];

export function FirstRun({ kit }: { kit: RubricPack | undefined }) {
  const db = useDatabase();
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">Is this person a real AI systems architect?</h1>
      <p className="lede">
        Archkit runs four structured interviews, scores them against anchored rubrics and writes a
        hiring report that separates architects from senior engineers with the wrong title, with the
        evidence behind each verdict.
      </p>
      <h2 id="choose-title">What did you come to do?</h2>
      <ul className="choices" aria-labelledby="choose-title">
        {CHOICES.map((choice) => (
          <li key={choice.audience}>
            <button
              type="button"
              className="choice"
              aria-describedby={`choice-${choice.audience}`}
              onClick={() => void setAudience(db, choice.audience)}
            >
              <strong>{choice.title}</strong>
              <span id={`choice-${choice.audience}`}>{choice.who}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">You can change this later from the home screen.</p>
      <h2>The four interviews</h2>
      <ModuleList kit={kit} />
      <p className="muted">Everything you enter is stored only in this browser.</p>
    </section>
  );
}
