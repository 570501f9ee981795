import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

async function loadSamples(page: Page) {
  await page.goto('/candidates');
  await page.getByRole('button', { name: 'Load sample candidates' }).click();
  await expect(page.getByText('3 candidates')).toBeVisible();
}

/** Every text item of every page, read by pdf.js as a PDF reader would. */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n');
}

test.describe('the hiring report', () => {
  test('shows why the mislabeled engineer is one, and prints it to PDF', async ({ page }) => {
    await loadSamples(page);
    await page.getByRole('link', { name: 'Daniel Kowalczyk' }).click();
    await page.getByRole('link', { name: 'Open the full report' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Daniel Kowalczyk');
    const verdict = page.getByRole('region', { name: 'Verdict' });
    await expect(verdict.getByText('Mislabeled engineer', { exact: true })).toBeVisible();
    await expect(verdict).toContainText(
      'the gate flag "Has never written an architecture document" was raised',
    );
    await expect(verdict.getByRole('list', { name: 'Reasons' })).toContainText(
      'Scores: architecture 10.0, engineering 62.2',
    );
    await expect(
      page.getByRole('img', { name: 'Daniel Kowalczyk on the architecture and engineering axes' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    const text = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
    expect(text).toContain('Daniel Kowalczyk');
    expect(text).toContain('Mislabeled engineer');
    expect(text).toContain('Has never written an architecture document');
    // The print stylesheet leaves out the app's chrome and the buttons.
    expect(text).not.toContain('Download Markdown');
    expect(text).not.toContain('Skip to content');
    expect(text).not.toContain('Self-assessment');
  });

  test('the cohort shows every candidate on the scatter and in the table', async ({ page }) => {
    await loadSamples(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cohort' })
      .click();
    await expect(
      page.getByRole('img', { name: '3 candidates on the architecture and engineering axes' }),
    ).toBeVisible();
    const table = page.getByRole('table', { name: /Every candidate with verdict/ });
    await expect(table.getByRole('rowheader')).toHaveText([
      'Amara Osei',
      'Sofía Ibarra',
      'Daniel Kowalczyk',
    ]);
    // The choice lives in the URL, so a box shows ticked a moment after the click (check()
    // looks at once and failed on a busy clean-clone run): click, then wait for the tick.
    for (const name of ['Compare Amara Osei', 'Compare Daniel Kowalczyk']) {
      const box = page.getByRole('checkbox', { name });
      await box.click();
      await expect(box).toBeChecked();
    }
    await expect(
      page.getByRole('table', { name: 'The chosen candidates side by side' }),
    ).toContainText('Mislabeled engineer');
    await expectNoAxeViolations(page);
  });
});
