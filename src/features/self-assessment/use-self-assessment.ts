import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArchkitDatabase } from '../../db/database';
import { loadSelfAssessment, saveSelfAssessment } from '../../db/self-assessment-repository';
import { emptySelfAssessment, type SelfAssessment } from '../../domain/self-assessment-schema';
import type { RubricPack } from '../../domain/rubric-schema';

const SAVE_DELAY_MS = 500;

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

/** Loads the self-assessment once, then saves every change after a short pause in typing. */
export function useSelfAssessment(db: ArchkitDatabase, pack: RubricPack | undefined) {
  const [assessment, setAssessment] = useState<SelfAssessment | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  // Modules whose drawing the last save could not keep: too large for the stored record.
  const [droppedDrawings, setDroppedDrawings] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<SelfAssessment | null>(null);

  useEffect(() => {
    if (!pack) return;
    let live = true;
    void loadSelfAssessment(db).then((stored) => {
      if (live) setAssessment(stored ?? emptySelfAssessment(pack));
    });
    return () => {
      live = false;
    };
  }, [db, pack]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!latest.current) return;
    try {
      const saved = await saveSelfAssessment(db, latest.current);
      setDroppedDrawings((current) =>
        current.join() === saved.droppedDrawings.join() ? current : saved.droppedDrawings,
      );
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  }, [db]);

  // Save what is pending when the page goes away.
  useEffect(() => () => void flush(), [flush]);

  const update = useCallback(
    (change: (current: SelfAssessment) => SelfAssessment) => {
      setAssessment((current) => {
        if (!current) return current;
        const next = { ...change(current), updatedAt: new Date().toISOString() };
        latest.current = next;
        return next;
      });
      setSaveState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  return { assessment, update, saveState, droppedDrawings };
}
