import { expect, type Page } from '@playwright/test';

/** The candidate list and form, as a user drives them. */
export class CandidatesPageModel {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/candidates');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  }

  async loadSamples() {
    await this.open();
    await this.page.getByRole('button', { name: 'Load sample candidates' }).click();
    await expect(this.page.getByText('3 candidates')).toBeVisible();
  }

  async add(candidate: { name: string; title?: string; track?: RegExp }) {
    await this.page.goto('/candidates/new');
    await this.page.getByLabel('Name').fill(candidate.name);
    if (candidate.title) await this.page.getByLabel('Claimed title').fill(candidate.title);
    if (candidate.track) await this.page.getByRole('radio', { name: candidate.track }).check();
    await this.page.getByRole('button', { name: 'Add candidate' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible();
    return this.page.url();
  }
}
