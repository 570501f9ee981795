import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useFormContext, useWatch } from 'react-hook-form';
import { useDatabase } from '../../db/database-provider';
import { loadPackScoring } from '../../db/pack-versions';
import { fromStoredPack } from '../../db/pack-repository';
import { rubricPackSchema } from '../../domain/rubric-schema';
import { VERDICT_LABELS } from '../../domain/verdict';
import { computeWhatIf } from '../../domain/what-if';
import type { PackFormValues } from './pack-form-values';

/**
 * How the verdicts of the candidates already scored on this pack (any version) would change
 * if they were scored with the pack as it is in the form now.
 */
export function WhatIfPanel({ packId }: { packId: string }) {
  const db = useDatabase();
  const { control } = useFormContext<PackFormValues>();
  const values = useDeferredValue(useWatch({ control }));
  const scoring = useLiveQuery(() => loadPackScoring(db, packId), [db, packId]);

  const outcome = useMemo(() => {
    if (!scoring) return null;
    const parsed = rubricPackSchema.safeParse(values);
    if (!parsed.success) return 'invalid' as const;
    try {
      return computeWhatIf({
        edited: parsed.data,
        versions: scoring.versions.map(fromStoredPack),
        candidates: scoring.candidates,
        scorecards: scoring.scorecards,
        packId,
      });
    } catch {
      // A preview must never take the editor down with it.
      return 'failed' as const;
    }
  }, [scoring, values, packId]);

  return (
    <section aria-labelledby="what-if-title" className="what-if">
      <h2 id="what-if-title">What if: verdicts with these changes</h2>
      {outcome === null ? (
        <p className="muted">Loading the candidates scored on this pack…</p>
      ) : outcome === 'invalid' ? (
        <p role="status">The what-if comes back once the problems in the form are fixed.</p>
      ) : outcome === 'failed' ? (
        <p role="status">The what-if could not be computed for these changes.</p>
      ) : outcome.rows.length === 0 ? (
        <p>No candidate has a submitted scorecard on this pack yet, so no verdict would change.</p>
      ) : (
        <>
          <p role="status">
            {outcome.rows.length} scored candidate{outcome.rows.length === 1 ? '' : 's'}:{' '}
            {outcome.moves.length === 0
              ? 'no verdict would change.'
              : `${outcome.rows.length - outcome.unchanged} would change verdict, ${outcome.unchanged} would keep it.`}
          </p>
          {outcome.moves.length > 0 && (
            <table className="data-table">
              <caption>Who moves from what to what</caption>
              <thead>
                <tr>
                  <th scope="col">Verdict now</th>
                  <th scope="col">Verdict with these changes</th>
                  <th scope="col">Candidates</th>
                  <th scope="col">Who</th>
                </tr>
              </thead>
              <tbody>
                {outcome.moves.map((move) => (
                  <tr key={`${move.from}-${move.to}`}>
                    <td>{VERDICT_LABELS[move.from]}</td>
                    <td>{VERDICT_LABELS[move.to]}</td>
                    <td>{move.count}</td>
                    <td>{move.candidateNames.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
