import { useId } from 'react';
import type { Scenario } from '../../../domain/rubric-schema';

/** The scenario the candidate designs for, with what the interviewer listens for. */
export function ScenarioPicker({
  scenarios,
  value,
  onChange,
}: {
  scenarios: readonly Scenario[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  const chosen = scenarios.find((scenario) => scenario.id === value) ?? null;
  return (
    <section className="scenario-picker" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Scenario</h3>
      <div className="field">
        <label htmlFor={`${id}-select`}>Scenario to give the candidate</label>
        <select
          id={`${id}-select`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">Choose a scenario…</option>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.title}
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <div className="scenario-details" aria-label={`Scenario: ${chosen.title}`} role="group">
          <h4>Read to the candidate</h4>
          <p className="scenario-brief">{chosen.brief}</p>
          {chosen.requirements && chosen.requirements.length > 0 && (
            <>
              <h4>Requirements</h4>
              <ul>
                {chosen.requirements.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          )}
          {chosen.strongAnswerCovers && chosen.strongAnswerCovers.length > 0 && (
            <details>
              <summary>What a strong answer covers (for you, not the candidate)</summary>
              <ul>
                {chosen.strongAnswerCovers.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
