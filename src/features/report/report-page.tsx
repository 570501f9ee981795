import { Link, useParams } from 'react-router';
import { TRACK_LABELS } from '../../domain/candidate-labels';
import { paths } from '../../ui/paths';
import { Loading } from '../../ui/loading';
import { ReportActions } from './report-actions';
import { packLabel, ReportView } from './report-view';
import { useReportData } from './use-report-data';
import './report.css';

const KIND_OF_REPORT = {
  'full-time': 'Hiring report',
  fractional: 'Engagement report: fractional consultant',
  project: 'Engagement report: project consultant',
  self: 'Self-assessment report',
} as const;

export function ReportPage() {
  const candidateId = useParams().candidateId ?? '';
  // Rendered at once, not deferred: the report is ~700 elements (about 15 ms), and a deferred
  // render's extra pass and yields made opening it ~30 ms slower (measured by npm run bench).
  const data = useReportData(candidateId);
  if (data === undefined) return <Loading label="Loading the report" />;
  if (data === null) {
    return (
      <section className="page" aria-labelledby="report-title">
        <h1 id="report-title">Report not found</h1>
        <p>
          This candidate does not exist or was deleted.{' '}
          <Link to={paths.candidates}>See all candidates</Link>.
        </p>
      </section>
    );
  }
  const { candidate, reports, hiddenModules } = data;
  return (
    <section className="page report-page" aria-labelledby="report-title">
      <p className="breadcrumb">
        <Link to={paths.candidates}>Candidates</Link> ›{' '}
        <Link to={paths.candidate(candidate.id)}>{candidate.name}</Link>
      </p>
      <p className="report-kind">{KIND_OF_REPORT[candidate.track]}</p>
      <h1 id="report-title">{candidate.name}</h1>
      <p className="muted">
        {[
          candidate.claimedTitle && `Claims: ${candidate.claimedTitle}`,
          TRACK_LABELS[candidate.track],
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>

      {hiddenModules.length > 0 ? (
        <div className="independence-notice" role="note">
          <h2>Submit your scorecard to see the report</h2>
          <p>
            You have a scorecard for {candidate.name} that you have not submitted yet (
            {hiddenModules.join(', ')}). The panel&apos;s ratings and the verdict stay hidden until
            you submit it, so they cannot anchor yours.
          </p>
          <p>
            <Link to={paths.candidate(candidate.id)}>Go to {candidate.name}&apos;s interviews</Link>
          </p>
        </div>
      ) : (
        <>
          <ReportActions data={data} reports={reports} />
          {reports.length === 1 ? (
            <ReportView report={reports[0]!} level={2} />
          ) : (
            <>
              <nav aria-label="Reports by pack version" className="report-versions">
                <p>
                  This candidate was scored against {reports.length} versions of the rubric, so each
                  has its own report:
                </p>
                <ul>
                  {reports.map((report, i) => (
                    <li key={i}>
                      <a href={`#report-${i}`}>{packLabel(report)}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              {reports.map((report, i) => (
                <section
                  key={i}
                  id={`report-${i}`}
                  className="report-version"
                  aria-labelledby={`report-${i}-title`}
                >
                  <h2 id={`report-${i}-title`}>Against {packLabel(report)}</h2>
                  <ReportView report={report} level={3} />
                </section>
              ))}
            </>
          )}
        </>
      )}
    </section>
  );
}
