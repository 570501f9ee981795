import type { ArchkitDatabase } from './database';

/**
 * Adds the three sample candidates (scored by a panel of three) and says what happened, in
 * plain words. The samples and the bundle import, with its zod schemas, load only when asked
 * for: the screens that offer them stay small.
 */
export async function loadSampleCandidates(db: ArchkitDatabase): Promise<string> {
  const [{ importBundle }, { sampleBundle }] = await Promise.all([
    import('./bundle-repository'),
    import('../domain/sample-candidates'),
  ]);
  const summary = await importBundle(db, sampleBundle(new Date()));
  return summary.added.candidates > 0
    ? `Loaded ${summary.added.candidates} sample candidates, scored by a panel of three.`
    : 'The sample candidates are already here.';
}
