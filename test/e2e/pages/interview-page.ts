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

  /** The interview screen, present only once its data (the interviewer's name too) is read. */
  screen(): Locator {
    return this.page.locator('section.interview');
  }

  async sayWhoIsInterviewing(name: string) {
    // The candidate page asks too, and stays up for a moment after the URL changes: look only
    // inside the loaded interview screen, where whether a name is known is already settled.
    await expect(this.page).toHaveURL(/\/interview\//);
    const screen = this.screen();
    await expect(screen).toBeVisible();
    const prompt = screen.getByLabel('Who is interviewing?');
    if ((await prompt.count()) > 0) {
      await prompt.fill(name);
      await screen.getByRole('button', { name: 'Save my name' }).click();
    }
    await expect(screen.getByText(`Scoring as ${name}`)).toBeVisible();
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
