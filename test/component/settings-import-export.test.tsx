import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshDatabase, renderApp } from '../support/render-app';
import type { ArchkitDatabase } from '../../src/db/database';
import { exportBundle } from '../../src/db/bundle-repository';
import { workedExample } from '../fixtures/factories';
import { countScorecards } from '../../src/db/scorecard-store';

let db: ArchkitDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const bundleFile = (value: unknown, name = 'panel.json') =>
  new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });

function resultRow(name: string) {
  const row = screen.getByRole('row', { name: new RegExp(`^${name}`) });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('importing a bundle in Settings', () => {
  it('imports a panel’s bundle and says what was added; a second import skips everything', async () => {
    const user = userEvent.setup();
    renderApp(db, '/settings');
    const input = await screen.findByLabelText('Bundle file (.json)');

    await user.upload(input, bundleFile(workedExample()));
    expect(await screen.findByText('Imported panel.json.')).toBeInTheDocument();
    expect(resultRow('Candidates')).toEqual(['1', '0', '0']);
    expect(resultRow('Scorecards')).toEqual(['4', '0', '0']);
    expect(await countScorecards(db)).toBe(4);

    await user.upload(input, bundleFile(workedExample(), 'again.json'));
    expect(await screen.findByText('Imported again.json.')).toBeInTheDocument();
    expect(resultRow('Scorecards')).toEqual(['0', '0', '4']);
    expect(await countScorecards(db)).toBe(4);
  });

  it.each([
    ['not JSON', '{"format": "archkit-bundle",', /not valid JSON/],
    [
      'a level outside 1–4',
      {
        ...workedExample(),
        scorecards: [
          { ...workedExample().scorecards[0], ratings: { a1: { level: 7, evidence: '' } } },
        ],
      },
      /scorecards\[0\]\.ratings\.a1\.level/,
    ],
    ['a newer format', { ...workedExample(), formatVersion: 2 }, /newer Archkit/],
  ])('refuses %s in plain words and changes nothing', async (_name, content, message) => {
    const user = userEvent.setup();
    renderApp(db, '/settings');
    await user.upload(
      await screen.findByLabelText('Bundle file (.json)'),
      bundleFile(content, 'bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json was not imported, and nothing was changed.');
    expect(alert).toHaveTextContent(message);
    expect(await db.candidates.count()).toBe(0);
    expect(await countScorecards(db)).toBe(0);
  });
});

describe('exporting everything from Settings', () => {
  it('downloads a bundle of every record and confirms it', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(
      (blob) => (blobs.push(blob as Blob), 'blob:archkit'),
    );
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    renderApp(db, '/settings');
    await user.upload(
      await screen.findByLabelText('Bundle file (.json)'),
      bundleFile(workedExample()),
    );
    await screen.findByText('Imported panel.json.');

    await user.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(
      await screen.findByText(/Exported 1 candidates, 4 scorecards and 1 rubric packs/),
    ).toBeInTheDocument();
    const exported = JSON.parse(await blobs[0]!.text());
    const stored = await exportBundle(db, exported.exportedAt);
    expect(exported).toEqual(stored);
    expect((await db.meta.get('lastExportAt'))?.value).toBe(exported.exportedAt);
  });
});
