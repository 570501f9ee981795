import { expect, type Locator, type Page } from '@playwright/test';

/** One interview module's scoring screen. */
export class InterviewPageModel {
  constructor(readonly page: Page) {}

  criteria(): Locator {
    return this.page.locator('fieldset.criterion-rating');
  }

  criterion(index: number): Locator {
    return this.criteria().nth(index);
  }

  async sayWhoIsInterviewing(name: string) {
    // The candidate page asks too: be sure the interview screen is the one showing.
    await expect(this.page).toHaveURL(/\/interview\//);
    const prompt = this.page.getByLabel('Who is interviewing?');
    await expect(prompt.or(this.page.getByText(/Scoring as/))).toBeVisible();
    if (await prompt.isVisible()) {
      await prompt.fill(name);
      await this.page.getByRole('button', { name: 'Save my name' }).click();
    }
    await expect(this.page.getByText(`Scoring as ${name}`)).toBeVisible();
  }

  /** Rates every criterion from the keyboard, as an interviewer does while listening. */
  async rateAllFromKeyboard(levels: readonly (1 | 2 | 3 | 4 | 0)[]) {
    await this.criterion(0).focus();
    for (const [index, level] of levels.entries()) {
      await this.page.keyboard.press(String(level));
      if (index < levels.length - 1) await this.page.keyboard.press('j');
    }
  }

  async writeEvidence(index: number, text: string) {
    await this.criterion(index).focus();
    await this.page.keyboard.press('e');
    await this.page.keyboard.type(text);
  }

  /** Does `action`, then waits for the autosave it triggers. */
  async andSave(action: () => Promise<void>) {
    const status = this.page.locator('.save-status');
    const before = Number((await status.getAttribute('data-save-count')) ?? 0);
    await action();
    // Long typing saves more than once (at least every 400 ms): wait for the last save.
    await expect
      .poll(async () => Number((await status.getAttribute('data-save-count')) ?? 0), {
        timeout: 5_000,
      })
      .toBeGreaterThan(before);
    await expect(status).toHaveText(/^Draft saved/);
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Submit scorecard' }).click();
    const confirm = this.page.getByRole('button', { name: 'Submit anyway' });
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await expect(
      this.page.getByRole('heading', { name: 'Your scorecard is submitted' }),
    ).toBeVisible();
  }
}
