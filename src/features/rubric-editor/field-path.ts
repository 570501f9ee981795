/** The DOM id of the input that edits a form path, so errors can point and link at it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function errorId(name: string): string {
  return `${fieldId(name)}-error`;
}

/** The editor shows one section at a time: the pack details, one module, or the policy. */
export type SectionKey = 'pack' | 'policy' | `m${number}`;

export function moduleSection(index: number): SectionKey {
  return `m${index}`;
}

export function sectionOf(path: readonly PropertyKey[]): SectionKey {
  if (path[0] === 'modules' && typeof path[1] === 'number') return moduleSection(path[1]);
  if (path[0] === 'verdictPolicy' || path[0] === 'trackWeights') return 'policy';
  return 'pack';
}

const WORDS: Record<string, string> = {
  title: 'title',
  description: 'description',
  id: 'id',
  kind: 'kind',
  purpose: 'purpose',
  weight: 'weight',
  timeBudgetMinutes: 'time budget',
  question: 'question',
  signal: 'signal',
  label: 'label',
  effect: 'effect',
  brief: 'brief',
  architectMin: 'architect minimum',
  engineeringMin: 'engineering minimum',
  mislabeledArchitectureMax: 'mislabeled-engineer maximum',
  minModules: 'modules that must be scored',
};

const LIST_ITEMS: Record<string, string> = {
  modules: 'module',
  prompts: 'prompt',
  criteria: 'criterion',
  flags: 'flag',
  scenarios: 'scenario',
  levels: 'level',
  followUps: 'follow-up line',
  listenFor: 'listen-for line',
  requirements: 'requirement line',
  strongAnswerCovers: 'strong-answer line',
  requiredModules: 'required module',
};

const LISTS: Record<string, string> = {
  modules: 'modules',
  prompts: 'prompts',
  criteria: 'criteria',
  flags: 'flags',
  scenarios: 'scenarios',
  levels: 'levels',
  followUps: 'follow-ups',
  listenFor: 'listen-for cues',
  verdictPolicy: 'verdict policy',
  trackWeights: 'track weights',
  requiredModules: 'required modules',
};

/**
 * `modules.1.criteria.2.levels.0` → `Module 2, criterion 3, level 1`: where the problem is,
 * in the words of the form rather than of the file.
 */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment === 'string' && typeof next === 'number' && LIST_ITEMS[segment]) {
      parts.push(`${LIST_ITEMS[segment]} ${next + 1}`);
      i++;
    } else if (typeof segment === 'string') {
      if (path[i - 1] === 'trackWeights') parts.push(`${segment} track`);
      else parts.push(WORDS[segment] ?? LISTS[segment] ?? `"${segment}"`);
    }
  }
  const text = parts.join(', ') || 'the pack';
  return text.charAt(0).toUpperCase() + text.slice(1);
}
