import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArchkitDatabase } from '../../src/db/database';
import type { ImportOutcome, ImportRequest } from '../../src/features/settings/bundle-import';
import { startImportRunner } from '../../src/features/settings/import-runner';

/** A stand-in for the browser's Worker: records what the page sends, answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: ImportRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: ImportRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const db = { name: 'archkit-test' } as ArchkitDatabase;
const imported: ImportOutcome = {
  status: 'imported',
  summary: {
    added: { packs: 0, candidates: 1, scorecards: 0 },
    updated: { packs: 0, candidates: 0, scorecards: 0 },
    skipped: { packs: 0, candidates: 0, scorecards: 0 },
    audit: { added: 0, skipped: 0 },
  },
};

afterEach(() => {
  FakeWorker.made = [];
  vi.unstubAllGlobals();
});

describe('the import runner', () => {
  it('starts a worker that opens the database before any file is chosen', () => {
    vi.stubGlobal('Worker', FakeWorker);
    startImportRunner(db);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.sent).toEqual([{ type: 'open', databaseName: 'archkit-test' }]);
  });

  it('imports in that worker, passes progress on, then readies a fresh worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = startImportRunner(db);
    const file = new Blob(['{}']);
    const progress = vi.fn();
    const outcome = runner.run(file, progress);
    const [worker] = FakeWorker.made;
    expect(worker!.sent.at(-1)).toEqual({ type: 'import', file });
    worker!.answer({ type: 'progress', progress: { step: 'checking', percent: null } });
    expect(progress).toHaveBeenCalledWith({ step: 'checking', percent: null });
    worker!.answer({ type: 'outcome', outcome: imported });
    await expect(outcome).resolves.toEqual(imported);
    expect(worker!.terminated).toBe(true);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.sent).toEqual([{ type: 'open', databaseName: 'archkit-test' }]);
  });

  it('reports a worker that failed to start instead of waiting for it forever', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = startImportRunner(db);
    FakeWorker.made[0]!.fail('could not load the import code');
    await expect(runner.run(new Blob([]), () => {})).resolves.toEqual({
      status: 'failed',
      message: 'could not load the import code',
    });
  });

  it('reports a worker that stops during the import', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = startImportRunner(db);
    const outcome = runner.run(new Blob([]), () => {});
    FakeWorker.made[0]!.fail('');
    await expect(outcome).resolves.toEqual({
      status: 'failed',
      message: 'the import stopped unexpectedly',
    });
  });

  it('stops the waiting worker when Settings closes, and readies none after an import', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const runner = startImportRunner(db);
    const outcome = runner.run(new Blob([]), () => {});
    runner.dispose();
    FakeWorker.made[0]!.answer({ type: 'outcome', outcome: imported });
    await outcome;
    expect(FakeWorker.made).toHaveLength(1);

    const idle = startImportRunner(db);
    idle.dispose();
    expect(FakeWorker.made.at(-1)!.terminated).toBe(true);
  });
});
