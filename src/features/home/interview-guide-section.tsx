import { interviewGuide } from '../../domain/interview-guide';
import type { RubricPack } from '../../domain/rubric-schema';

/** "How to run the four interviews", generated from the pack's own modules and prompts. */
export function InterviewGuideSection({ kit }: { kit: RubricPack | undefined }) {
  if (kit === undefined) return null;
  const guide = interviewGuide(kit);
  return (
    <section aria-labelledby="guide-title" className="interview-guide">
      <h2 id="guide-title">{`How to run the ${kit.modules.length === 4 ? 'four ' : ''}interviews`}</h2>
      <p>
        About {guide.totalMinutes} minutes in all. Score each module on its own scorecard while you
        listen; write the candidate&apos;s words as evidence.
      </p>
      <ol>
        {guide.steps.map((step) => (
          <li key={step.moduleId}>
            <p>
              <strong>{step.title}</strong> ({step.minutes} minutes).{' '}
              {step.purpose && <span>{step.purpose} </span>}
            </p>
            <p>
              Open with: <q>{step.openWith}</q>
              {step.followUpCount > 0 && ` Then ${step.followUpCount} follow-ups as needed.`}
            </p>
            {step.scenarios.length > 0 && <p>Pick one scenario: {step.scenarios.join('; ')}.</p>}
            {step.listenFor.length > 0 && <p>Listen for: {step.listenFor.join('; ')}.</p>}
            <p className="muted">Rate {step.criteriaCount} criteria on the four anchored levels.</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
