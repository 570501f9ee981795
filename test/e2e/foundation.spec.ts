import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test.describe('first visit', () => {
  test('seeds the default kit and shows its four modules', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'real AI systems architect',
    );
    const modules = page.getByRole('heading', { level: 3 });
    await expect(modules).toHaveText([
      /Failure-mode/i,
      /Live sketch/i,
      /Document review/i,
      /Cost and observability/i,
    ]);
    await expectNoAxeViolations(page);
  });

  test('keeps the data across a reload, without seeding twice', async ({ page }) => {
    await page.goto('/rubrics');
    await expect(page.getByRole('link', { name: /AI systems architect/i })).toHaveCount(1);
    await page.reload();
    await expect(page.getByRole('link', { name: /AI systems architect/i })).toHaveCount(1);
    const count = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('archkit');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('packs').objectStore('packs').count();
            request.onsuccess = () => {
              resolve(request.result);
              open.result.close();
            };
          };
        }),
    );
    expect(count).toBe(1);
  });

  test('the rubric is browsable module by module, with four levels per criterion', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Rubrics' })
      .click();
    await page.getByRole('link', { name: /AI systems architect/i }).click();
    const modulesNav = page.getByRole('navigation', { name: 'Modules of this pack' });
    for (const name of [
      /Failure-mode/i,
      /Live sketch/i,
      /Document review/i,
      /Cost and observability/i,
    ]) {
      await modulesNav.getByRole('link', { name }).click();
      const article = page.getByRole('article', { name });
      await expect(article).toBeVisible();
      const lists = article.getByRole('list', { name: /Anchored levels of/ });
      expect(await lists.count()).toBeGreaterThanOrEqual(4);
      for (const list of await lists.all()) {
        await expect(list.getByRole('listitem')).toHaveCount(4);
      }
    }
    await expectNoAxeViolations(page);
  });
});

test('every screen of the shell passes axe', async ({ page }) => {
  for (const path of [
    '/candidates',
    '/rubrics',
    '/how-scoring-works',
    '/self-assessment',
    '/settings',
    '/nowhere',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
