import type { RubricModule } from '../../domain/rubric-schema';

/** What the interviewer reads aloud and listens for, beside the scoring form. */
export function ModuleGuide({ module }: { module: RubricModule }) {
  return (
    <section className="module-guide" aria-labelledby="guide-title">
      <h2 id="guide-title">Interview guide</h2>
      {module.purpose && <p className="purpose">{module.purpose}</p>}
      <ol className="prompts">
        {module.prompts.map((prompt, index) => (
          <li key={index}>
            <p className="prompt-question">{prompt.question}</p>
            {prompt.followUps && prompt.followUps.length > 0 && (
              <details>
                <summary>Follow-ups</summary>
                <ul>
                  {prompt.followUps.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </details>
            )}
            {prompt.listenFor && prompt.listenFor.length > 0 && (
              <details>
                <summary>Listen for</summary>
                <ul>
                  {prompt.listenFor.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
