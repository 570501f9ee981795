import {
  CALIBRATION_THRESHOLD,
  type CalibrationReading,
  type InterviewerCalibration,
} from '../../domain/calibration';

const READING_WORDS: Record<CalibrationReading, string> = {
  lenient: 'Lenient',
  severe: 'Severe',
  'in-line': 'In line',
  'no-overlap': 'Not comparable yet',
};

const signed = (value: number) =>
  `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(2)}`;

/** How each interviewer's levels compare with the rest of the panels they sat on. */
export function CalibrationSection({ rows }: { rows: readonly InterviewerCalibration[] }) {
  return (
    <section aria-labelledby="calibration-title" className="cohort-section">
      <h2 id="calibration-title">Interviewer calibration</h2>
      <p>
        For each interviewer: on the criteria they rated alongside colleagues, how far their level
        sits on average from the mean of the other interviewers on the same criterion of the same
        candidate. Above +{CALIBRATION_THRESHOLD} levels reads as <strong>lenient</strong>, below −
        {CALIBRATION_THRESHOLD} as <strong>severe</strong>, anything between as{' '}
        <strong>in line</strong>. Only submitted scorecards count; drafts are listed because a
        scorecard left unsubmitted counts for nothing.
      </p>
      {rows.length === 0 ? (
        <p>No scorecards yet.</p>
      ) : (
        <table className="data-table calibration-table">
          <caption className="visually-hidden">Interviewer calibration</caption>
          <thead>
            <tr>
              <th scope="col">Interviewer</th>
              <th scope="col">Mean difference (levels)</th>
              <th scope="col">Reading</th>
              <th scope="col">Ratings compared</th>
              <th scope="col">Submitted scorecards</th>
              <th scope="col">Left unsubmitted</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.interviewer}>
                <th scope="row">{row.interviewer}</th>
                <td>{row.meanDifference === null ? '—' : signed(row.meanDifference)}</td>
                <td>{READING_WORDS[row.reading]}</td>
                <td>{row.comparisons}</td>
                <td>{row.submitted}</td>
                <td>{row.drafts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
