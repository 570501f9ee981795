import { Link } from 'react-router';
import type { RubricPack } from '../../domain/rubric-schema';
import { paths } from '../../ui/paths';
import { InterviewGuideSection } from './interview-guide-section';
import { ChangeAudience } from './change-audience';

export function CandidateHome({ kit }: { kit: RubricPack | undefined }) {
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">Prepare for an interview</h1>
      <p className="lede">
        Answer the same prompts an interviewer would ask, rate yourself on the anchored levels,
        practise a live sketch against the clock, and get a readiness report with what to practise
        first.
      </p>
      <p>
        <Link className="button" to={paths.selfAssessment}>
          Start your self-assessment
        </Link>
      </p>
      <p className="muted">
        Your self-assessment stays private, in this browser, apart from any hiring data.
      </p>
      <InterviewGuideSection kit={kit} />
      <ChangeAudience />
    </section>
  );
}
