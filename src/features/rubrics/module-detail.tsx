import type { RubricModule } from '../../domain/rubric-schema';
import { CriterionLevels } from './criterion-levels';

export function ModuleDetail({ module }: { module: RubricModule }) {
  const headingId = `module-${module.id}`;
  return (
    <article className="module-detail" aria-labelledby={headingId}>
      <h2 id={headingId}>{module.title}</h2>
      <p className="muted">
        About {module.timeBudgetMinutes} minutes · weight {module.weight}
      </p>
      {module.purpose && <p className="purpose">{module.purpose}</p>}

      <h3>Prompts</h3>
      <ol className="prompts">
        {module.prompts.map((prompt, index) => (
          <li key={index}>
            <p className="prompt-question">{prompt.question}</p>
            {prompt.followUps && prompt.followUps.length > 0 && (
              <>
                <h4>Follow-ups</h4>
                <ul>
                  {prompt.followUps.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
            {prompt.listenFor && prompt.listenFor.length > 0 && (
              <>
                <h4>Listen for</h4>
                <ul>
                  {prompt.listenFor.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ol>

      <h3>Criteria</h3>
      {module.criteria.map((criterion) => (
        <CriterionLevels key={criterion.id} criterion={criterion} />
      ))}

      {module.flags && module.flags.length > 0 && (
        <>
          <h3>Flags</h3>
          <dl className="flags">
            {module.flags.map((flag) => (
              <div key={flag.id}>
                <dt>
                  {flag.label}{' '}
                  <span className={`badge badge-${flag.effect}`}>
                    {flag.effect === 'gate' ? 'Gate: blocks an architect verdict' : 'Warning'}
                  </span>
                </dt>
                {flag.description && <dd>{flag.description}</dd>}
              </div>
            ))}
          </dl>
        </>
      )}

      {module.scenarios && module.scenarios.length > 0 && (
        <>
          <h3>Scenarios</h3>
          {module.scenarios.map((scenario) => (
            <section key={scenario.id} className="scenario" aria-label={scenario.title}>
              <h4>{scenario.title}</h4>
              <p>{scenario.brief}</p>
              {scenario.requirements && (
                <ul>
                  {scenario.requirements.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </article>
  );
}
