import { Link, useParams } from 'react-router';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { Debrief } from './debrief';
import { InterviewerIdentity } from './interviewer-identity';
import { InterviewTimer } from './interview-timer';
import { ModuleGuide } from './module-guide';
import { ScorecardForm } from './scorecard-form';
import { SubmittedScorecard } from './submitted-scorecard';
import { useCandidateContext } from './use-interview-data';

export function InterviewPage() {
  const { candidateId = '', moduleId = '' } = useParams();
  const context = useCandidateContext(candidateId);

  if (context === undefined) return <Loading label="Loading the interview" />;
  if (context === null || !context.pack) {
    return (
      <section className="page" aria-labelledby="missing-title">
        <h1 id="missing-title">{context === null ? 'Candidate not found' : 'No rubric pack'}</h1>
        <p>
          <Link to={paths.candidates}>Back to the candidates</Link>
        </p>
      </section>
    );
  }
  const { candidate, pack, scorecards, viewer } = context;
  const module = pack.modules.find((item) => item.id === moduleId);
  if (!module) {
    return (
      <section className="page" aria-labelledby="missing-title">
        <h1 id="missing-title">No such interview module</h1>
        <p>
          <Link to={paths.candidate(candidate.id)}>Back to {candidate.name}</Link>
        </p>
      </section>
    );
  }
  const own = viewer
    ? (scorecards.find((card) => card.moduleId === module.id && card.interviewer === viewer) ??
      null)
    : null;

  return (
    <section className="page interview" aria-labelledby="interview-title">
      <p className="breadcrumb">
        <Link to={paths.candidates}>Candidates</Link> /{' '}
        <Link to={paths.candidate(candidate.id)}>{candidate.name}</Link>
      </p>
      <h1 id="interview-title">
        {module.title} <span className="muted">· {candidate.name}</span>
      </h1>
      <InterviewerIdentity current={viewer} />
      <div className="interview-layout">
        <aside className="interview-side">
          <InterviewTimer
            timerKey={`${candidate.id}:${module.id}`}
            budgetMinutes={module.timeBudgetMinutes}
          />
          <ModuleGuide module={module} />
        </aside>
        <div className="interview-main">
          {!viewer ? (
            <p>Say who you are above to start scoring. Your name goes on your scorecard.</p>
          ) : own?.status === 'submitted' ? (
            <>
              <SubmittedScorecard module={module} scorecard={own} viewer={viewer} />
              <Debrief
                module={module}
                scorecards={scorecards.filter((card) => card.moduleId === module.id)}
              />
            </>
          ) : (
            <>
              <p className="independence-note">
                Score on your own: the other interviewers&apos; ratings stay hidden until you submit
                yours.
              </p>
              <ScorecardForm
                // A new form per interviewer, so a name change never writes into someone else's card.
                key={viewer}
                module={module}
                existing={own}
                identity={{
                  candidateId: candidate.id,
                  interviewer: viewer,
                  packId: pack.id,
                  packVersion: pack.version,
                  moduleId: module.id,
                }}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
