import { describe, expect, it } from 'vitest';
import { LAZY_SCREENS } from '../../src/app/screens';

/** Every page module on disk, by the name the table gives it (folder/file, no extension). */
const PAGE_MODULES = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('../../src/features/*/*-page.tsx')).map(
    ([file, load]) => [file.replace('../../src/features/', '').replace(/\.tsx$/, ''), load],
  ),
);

describe('the table of lazy screens', () => {
  it('names every page module but the home screen once, and no path twice', () => {
    const pages = LAZY_SCREENS.map((screen) => screen.page);
    expect([...pages].sort()).toEqual(
      Object.keys(PAGE_MODULES)
        .filter((page) => page !== 'home/home-page')
        .sort(),
    );
    const paths = LAZY_SCREENS.map((screen) => screen.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(LAZY_SCREENS.map((screen) => [screen.page, screen.component]))(
    '%s exports %s',
    async (page, component) => {
      const module = await PAGE_MODULES[page]!();
      expect(typeof module[component]).toBe('function');
    },
  );
});
