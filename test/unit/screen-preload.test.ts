import { describe, expect, it } from 'vitest';
import type { LazyScreen } from '../../src/app/screens';
import { preloadScreen, type ScreenFiles } from '../../src/build/preload-screen';
import { preloadScriptSource, screenFiles, type Chunk } from '../../src/build/screen-preload';

type FakeLink = { rel: string; href: string; as?: string; crossOrigin?: string };

/** Just what the preloading function touches of a document: it adds links to the head. */
function fakeDocument() {
  const links: FakeLink[] = [];
  const doc = {
    createElement: () => ({}) as FakeLink,
    head: { appendChild: (link: FakeLink) => links.push(link) },
  } as unknown as Document;
  return { doc, links };
}

const SCREENS: ScreenFiles[] = [
  ['candidates', ['/assets/candidates-page.js'], []],
  ['candidates/new', ['/assets/new-candidate-page.js'], []],
  ['candidates/:candidateId', ['/assets/candidate-page.js', '/assets/app-shared.js'], []],
  [
    'candidates/:candidateId/report',
    ['/assets/report-page.js', '/assets/app-shared.js'],
    ['/assets/report-page.css'],
  ],
];

function preloaded(pathname: string, base = '/') {
  const { doc, links } = fakeDocument();
  preloadScreen(SCREENS, base, pathname, doc);
  return links;
}

describe('preloading the screen of a deep link', () => {
  it('fetches the scripts as modules and the styles without applying them', () => {
    expect(preloaded('/candidates/c-42/report')).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/report-page.js' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/app-shared.js' },
      { rel: 'preload', as: 'style', href: '/assets/report-page.css' },
    ]);
  });

  it('prefers a static segment to a parameter, as the router does', () => {
    expect(preloaded('/candidates/new').map((link) => link.href)).toEqual([
      '/assets/new-candidate-page.js',
    ]);
    expect(preloaded('/candidates/c-42').map((link) => link.href)).toEqual([
      '/assets/candidate-page.js',
      '/assets/app-shared.js',
    ]);
  });

  it('ignores a trailing slash and fetches nothing for the home screen or an unknown path', () => {
    expect(preloaded('/candidates/').map((link) => link.href)).toEqual([
      '/assets/candidates-page.js',
    ]);
    expect(preloaded('/')).toEqual([]);
    expect(preloaded('/candidates/c-42/report/extra')).toEqual([]);
    expect(preloaded('/nowhere')).toEqual([]);
  });

  it('matches under the site’s base path, and nothing outside it', () => {
    expect(preloaded('/archkit/candidates', '/archkit/').map((link) => link.href)).toEqual([
      '/assets/candidates-page.js',
    ]);
    expect(preloaded('/candidates', '/archkit/')).toEqual([]);
  });

  it('runs as the emitted script, with nothing but the page’s location and document', () => {
    const { doc, links } = fakeDocument();
    const source = preloadScriptSource(SCREENS, '/');
    new Function('location', 'document', source)({ pathname: '/candidates/c-1/report' }, doc);
    expect(links.map((link) => link.href)).toEqual([
      '/assets/report-page.js',
      '/assets/app-shared.js',
      '/assets/report-page.css',
    ]);
  });
});

const chunk = (fileName: string, imports: string[] = [], more: Partial<Chunk> = {}): Chunk => ({
  type: 'chunk',
  fileName,
  isEntry: false,
  facadeModuleId: null,
  imports,
  ...more,
});

describe('the files of each screen, from the bundle', () => {
  const screens: LazyScreen[] = [
    { path: 'candidates/:candidateId/report', page: 'report/report-page', component: 'ReportPage' },
    { path: 'cohort', page: 'cohort/cohort-page', component: 'CohortPage' },
  ];
  const bundle = [
    chunk('assets/index.js', ['assets/react.js'], {
      isEntry: true,
      facadeModuleId: '/app/index.html',
    }),
    chunk('assets/react.js'),
    chunk('assets/app-shared.js', ['assets/react.js'], {
      viteMetadata: { importedCss: new Set(['assets/app-shared.css']) },
    }),
    chunk('assets/scatter.js', ['assets/app-shared.js']),
    chunk('assets/report-page.js', ['assets/app-shared.js', 'assets/react.js'], {
      facadeModuleId: '/app/src/features/report/report-page.tsx',
      viteMetadata: { importedCss: new Set(['assets/report-page.css']) },
    }),
    chunk('assets/cohort-page.js', ['assets/scatter.js'], {
      facadeModuleId: 'C:\\app\\src\\features\\cohort\\cohort-page.tsx',
    }),
  ];

  it('lists a page’s chunk, what it imports beyond the entry’s, and their styles', () => {
    expect(screenFiles(screens, bundle, '/')).toEqual([
      [
        'candidates/:candidateId/report',
        ['/assets/report-page.js', '/assets/app-shared.js'],
        ['/assets/report-page.css', '/assets/app-shared.css'],
      ],
      [
        'cohort',
        ['/assets/cohort-page.js', '/assets/scatter.js', '/assets/app-shared.js'],
        ['/assets/app-shared.css'],
      ],
    ]);
  });

  it('fails the build when a screen has no chunk, rather than preloading nothing', () => {
    const missing = [
      ...screens,
      { path: 'settings', page: 'settings/settings-page', component: 'SettingsPage' },
    ];
    expect(() => screenFiles(missing, bundle, '/')).toThrow(/settings/);
  });
});
