import { Link, useParams } from 'react-router';
import { computeReport } from '../../domain/report-model';
import { interviewStates } from '../../domain/candidate-status';
import { modulesHiddenFrom } from '../../domain/panel-visibility';
import { TRACK_LABELS } from '../../domain/candidate-labels';
import { VERDICT_LABELS } from '../../domain/verdict';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { AuditLog } from './audit-log';
import { InterviewerIdentity } from './interviewer-identity';
import { useCandidateContext } from './use-interview-data';

const STATE_LABELS = {
  'not-started': 'not started',
  draft: 'draft',
  submitted: 'submitted',
} as const;

/** The panel's hub for one candidate: the four modules, who scored what, the verdict. */
export function CandidatePage() {
  const candidateId = useParams().candidateId ?? '';
  const context = useCandidateContext(candidateId);
  if (context === undefined) return <Loading label="Loading the candidate" />;
  if (context === null) {
    return (
      <section className="page" aria-labelledby="missing-title">
        <h1 id="missing-title">Candidate not found</h1>
        <p>
          This candidate does not exist or was deleted.{' '}
          <Link to={paths.candidates}>See all candidates</Link>.
        </p>
      </section>
    );
  }
  const { candidate, pack, scorecards, viewer } = context;
  const hidden = modulesHiddenFrom(viewer, scorecards);
  const report = pack ? computeReport(candidate, pack, scorecards) : null;

  return (
    <section className="page" aria-labelledby="candidate-title">
      <p className="breadcrumb">
        <Link to={paths.candidates}>Candidates</Link>
      </p>
      <div className="page-heading">
        <h1 id="candidate-title">{candidate.name}</h1>
        <Link className="button secondary" to={paths.editCandidate(candidate.id)}>
          Edit or delete
        </Link>
      </div>
      <p className="muted">
        {[
          candidate.claimedTitle,
          TRACK_LABELS[candidate.track],
          pack && `${pack.title}, version ${pack.version}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {candidate.notes && <p>{candidate.notes}</p>}
      <InterviewerIdentity current={viewer} />

      <section aria-labelledby="verdict-title" className="verdict-box">
        <h2 id="verdict-title">Current verdict</h2>
        {!report ? (
          <p>No rubric pack is available for this candidate.</p>
        ) : hidden.size > 0 ? (
          <p>
            Hidden until you submit your scorecards, so the panel&apos;s scores cannot anchor yours.
          </p>
        ) : (
          <>
            <p className={`verdict-chip verdict-${report.verdict} verdict-large`}>
              {VERDICT_LABELS[report.verdict]}
            </p>
            {report.reasons[0] && <p>{report.reasons[0]}</p>}
            <p>
              <Link to={paths.report(candidate.id)}>Open the full report</Link>
            </p>
          </>
        )}
      </section>

      {pack && (
        <section aria-labelledby="modules-title">
          <h2 id="modules-title">Interviews</h2>
          <table className="data-table modules-table">
            <caption className="visually-hidden">
              Each interview module and who has scored it
            </caption>
            <thead>
              <tr>
                <th scope="col">Module</th>
                <th scope="col">Time</th>
                <th scope="col">Interviewers</th>
                <th scope="col">Your scorecard</th>
              </tr>
            </thead>
            <tbody>
              {pack.modules.map((module) => {
                const states = interviewStates(module.id, scorecards);
                const mine = states.find((entry) => entry.interviewer === viewer);
                const action = !mine
                  ? 'Start interview'
                  : mine.state === 'submitted'
                    ? 'View and debrief'
                    : 'Continue scoring';
                return (
                  <tr key={module.id}>
                    <th scope="row">{module.title}</th>
                    <td>{module.timeBudgetMinutes} min</td>
                    <td>
                      {states.length === 0 ? (
                        <span className="muted">{STATE_LABELS['not-started']}</span>
                      ) : (
                        <ul className="plain-list">
                          {states.map((entry) => (
                            <li key={entry.scorecardId}>
                              {entry.interviewer}: {STATE_LABELS[entry.state]}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      <Link
                        to={paths.interview(candidate.id, module.id)}
                        aria-label={`${action}: ${module.title}`}
                      >
                        {action}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      <AuditLog candidateId={candidate.id} />
    </section>
  );
}
