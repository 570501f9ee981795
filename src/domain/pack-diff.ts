import type { Track } from './common-schema';
import type { Criterion, Flag, Prompt, RubricModule, RubricPack, Scenario } from './rubric-schema';

export type PackChangeArea =
  'pack' | 'module' | 'criterion' | 'flag' | 'scenario' | 'policy' | 'track-weights';

export type PackChange = {
  area: PackChangeArea;
  kind: 'added' | 'removed' | 'changed';
  /** The id of what changed (a module, criterion, flag or scenario id, or a policy field). */
  subject: string;
  /** One plain sentence, as shown on the compare screen. */
  text: string;
};

const LEVEL_NAMES = ['1 (engineer)', '2', '3', '4 (architect)'] as const;

const POLICY_FIELDS: {
  key: 'architectMin' | 'engineeringMin' | 'mislabeledArchitectureMax' | 'minModules';
  label: string;
}[] = [
  { key: 'architectMin', label: 'Architect minimum (architecture score)' },
  { key: 'engineeringMin', label: 'Engineering minimum' },
  { key: 'mislabeledArchitectureMax', label: 'Mislabeled-engineer maximum (architecture score)' },
  { key: 'minModules', label: 'Modules that must be scored' },
];

const TRACK_NAMES: Record<Track, string> = {
  'full-time': 'full-time',
  fractional: 'fractional',
  project: 'project',
  self: 'self-assessment',
};

const quote = (text: string) => `"${text}"`;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Every criterion, flag or scenario of a pack with the module it sits in. */
function collect<T extends { id: string }>(
  pack: RubricPack,
  pick: (module: RubricModule) => readonly T[] | undefined,
): Map<string, { item: T; module: RubricModule }> {
  const out = new Map<string, { item: T; module: RubricModule }>();
  for (const module of pack.modules)
    for (const item of pick(module) ?? []) out.set(item.id, { item, module });
  return out;
}

function textChange(
  label: string,
  before: string | undefined,
  after: string | undefined,
): string | null {
  if ((before ?? '') === (after ?? '')) return null;
  if (!before) return `${label} added: ${quote(after!)}.`;
  if (!after) return `${label} removed.`;
  return `${label} changed from ${quote(before)} to ${quote(after)}.`;
}

function numberChange(label: string, before: number, after: number): string | null {
  return before === after ? null : `${label} changed from ${before} to ${after}.`;
}

function listChange(
  label: string,
  before: readonly string[] = [],
  after: readonly string[] = [],
): string | null {
  if (same(before, after)) return null;
  const added = after.filter((text) => !before.includes(text)).length;
  const removed = before.filter((text) => !after.includes(text)).length;
  const parts = [];
  if (added) parts.push(`${added} added`);
  if (removed) parts.push(`${removed} removed`);
  if (parts.length === 0) parts.push('reordered');
  return `${label}: ${parts.join(', ')}.`;
}

function promptChanges(before: readonly Prompt[], after: readonly Prompt[]): string[] {
  const out: string[] = [];
  const count = Math.max(before.length, after.length);
  for (let i = 0; i < count; i++) {
    const a = before[i];
    const b = after[i];
    if (!a) out.push(`prompt ${i + 1} added: ${quote(b!.question)}`);
    else if (!b) out.push(`prompt ${i + 1} removed`);
    else {
      if (a.question !== b.question) out.push(`prompt ${i + 1} reworded`);
      const followUps = listChange(`prompt ${i + 1} follow-ups`, a.followUps, b.followUps);
      if (followUps) out.push(followUps.slice(0, -1));
      const listenFor = listChange(`prompt ${i + 1} listen-for cues`, a.listenFor, b.listenFor);
      if (listenFor) out.push(listenFor.slice(0, -1));
    }
  }
  return out;
}

function moduleChanges(changes: PackChange[], from: RubricPack, to: RubricPack) {
  const before = byId(from.modules);
  const after = byId(to.modules);
  for (const module of from.modules) {
    if (!after.has(module.id)) {
      changes.push({
        area: 'module',
        kind: 'removed',
        subject: module.id,
        text: `Module ${quote(module.title)} was removed.`,
      });
    }
  }
  for (const module of to.modules) {
    const old = before.get(module.id);
    const name = `Module ${quote(module.title)}`;
    if (!old) {
      changes.push({
        area: 'module',
        kind: 'added',
        subject: module.id,
        text: `${name} was added.`,
      });
      continue;
    }
    const details = [
      textChange('title', old.title, module.title),
      old.kind === module.kind ? null : `kind changed from ${old.kind} to ${module.kind}.`,
      numberChange('weight', old.weight, module.weight),
      numberChange('time budget (minutes)', old.timeBudgetMinutes, module.timeBudgetMinutes),
      textChange('purpose', old.purpose, module.purpose),
    ].filter((text): text is string => text !== null);
    const prompts = promptChanges(old.prompts, module.prompts);
    if (prompts.length > 0) details.push(`${prompts.join('; ')}.`);
    for (const detail of details) {
      changes.push({
        area: 'module',
        kind: 'changed',
        subject: module.id,
        text: `${name}: ${detail}`,
      });
    }
  }
  const commonBefore = from.modules.map((m) => m.id).filter((id) => after.has(id));
  const commonAfter = to.modules.map((m) => m.id).filter((id) => before.has(id));
  if (!same(commonBefore, commonAfter)) {
    changes.push({
      area: 'module',
      kind: 'changed',
      subject: '(order)',
      text: 'The modules are in a different order.',
    });
  }
}

function criterionChanges(changes: PackChange[], from: RubricPack, to: RubricPack) {
  const before = collect<Criterion>(from, (m) => m.criteria);
  const after = collect<Criterion>(to, (m) => m.criteria);
  for (const [id, { item, module }] of before) {
    if (!after.has(id)) {
      changes.push({
        area: 'criterion',
        kind: 'removed',
        subject: id,
        text: `Criterion ${quote(item.title)} was removed from module ${quote(module.title)}.`,
      });
    }
  }
  for (const [id, { item, module }] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({
        area: 'criterion',
        kind: 'added',
        subject: id,
        text: `Criterion ${quote(item.title)} (${item.signal}, weight ${item.weight}) was added to module ${quote(module.title)}.`,
      });
      continue;
    }
    const name = `Criterion ${quote(item.title)}`;
    const was = old.item;
    const details = [
      old.module.id === module.id
        ? null
        : `moved from module ${quote(old.module.title)} to ${quote(module.title)}.`,
      textChange('title', was.title, item.title),
      was.signal === item.signal ? null : `signal changed from ${was.signal} to ${item.signal}.`,
      numberChange('weight', was.weight, item.weight),
      textChange('description', was.description, item.description),
    ].filter((text): text is string => text !== null);
    item.levels.forEach((text, level) => {
      if (was.levels[level] !== text) {
        details.push(
          `level ${LEVEL_NAMES[level] ?? level + 1} text changed from ${quote(was.levels[level] ?? '')} to ${quote(text)}.`,
        );
      }
    });
    for (const detail of details) {
      changes.push({ area: 'criterion', kind: 'changed', subject: id, text: `${name}: ${detail}` });
    }
  }
}

function flagChanges(changes: PackChange[], from: RubricPack, to: RubricPack) {
  const before = collect<Flag>(from, (m) => m.flags);
  const after = collect<Flag>(to, (m) => m.flags);
  const effect = (flag: Flag) => (flag.effect === 'gate' ? 'gate' : 'warning');
  for (const [id, { item, module }] of before) {
    if (!after.has(id)) {
      changes.push({
        area: 'flag',
        kind: 'removed',
        subject: id,
        text: `Flag ${quote(item.label)} was removed from module ${quote(module.title)}.`,
      });
    }
  }
  for (const [id, { item, module }] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({
        area: 'flag',
        kind: 'added',
        subject: id,
        text: `Flag ${quote(item.label)} (${effect(item)}) was added to module ${quote(module.title)}.`,
      });
      continue;
    }
    const was = old.item;
    const details = [
      old.module.id === module.id
        ? null
        : `moved from module ${quote(old.module.title)} to ${quote(module.title)}.`,
      textChange('label', was.label, item.label),
      was.effect === item.effect ? null : `effect changed from ${effect(was)} to ${effect(item)}.`,
      textChange('description', was.description, item.description),
    ].filter((text): text is string => text !== null);
    for (const detail of details) {
      changes.push({
        area: 'flag',
        kind: 'changed',
        subject: id,
        text: `Flag ${quote(item.label)}: ${detail}`,
      });
    }
  }
}

function scenarioChanges(changes: PackChange[], from: RubricPack, to: RubricPack) {
  const before = collect<Scenario>(from, (m) => m.scenarios);
  const after = collect<Scenario>(to, (m) => m.scenarios);
  for (const [id, { item }] of before) {
    if (!after.has(id))
      changes.push({
        area: 'scenario',
        kind: 'removed',
        subject: id,
        text: `Scenario ${quote(item.title)} was removed.`,
      });
  }
  for (const [id, { item, module }] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({
        area: 'scenario',
        kind: 'added',
        subject: id,
        text: `Scenario ${quote(item.title)} was added to module ${quote(module.title)}.`,
      });
    } else if (!same(old.item, item) || old.module.id !== module.id) {
      changes.push({
        area: 'scenario',
        kind: 'changed',
        subject: id,
        text: `Scenario ${quote(item.title)} was changed.`,
      });
    }
  }
}

function policyChanges(changes: PackChange[], from: RubricPack, to: RubricPack) {
  for (const { key, label } of POLICY_FIELDS) {
    const text = numberChange(label, from.verdictPolicy[key], to.verdictPolicy[key]);
    if (text) changes.push({ area: 'policy', kind: 'changed', subject: key, text });
  }
  const titles = new Map([...from.modules, ...to.modules].map((m) => [m.id, m.title]));
  const name = (id: string) => quote(titles.get(id) ?? id);
  const before = from.verdictPolicy.requiredModules;
  const after = to.verdictPolicy.requiredModules;
  for (const id of after) {
    if (!before.includes(id)) {
      changes.push({
        area: 'policy',
        kind: 'added',
        subject: 'requiredModules',
        text: `Module ${name(id)} is now required.`,
      });
    }
  }
  for (const id of before) {
    if (!after.includes(id)) {
      changes.push({
        area: 'policy',
        kind: 'removed',
        subject: 'requiredModules',
        text: `Module ${name(id)} is no longer required.`,
      });
    }
  }
}

function trackWeightChanges(changes: PackChange[], from: RubricPack, to: RubricPack) {
  const titles = new Map([...from.modules, ...to.modules].map((m) => [m.id, m.title]));
  const tracks = new Set([
    ...Object.keys(from.trackWeights ?? {}),
    ...Object.keys(to.trackWeights ?? {}),
  ]);
  for (const track of [...tracks].sort() as Track[]) {
    const before = from.trackWeights?.[track] ?? {};
    const after = to.trackWeights?.[track] ?? {};
    const moduleIds = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const moduleId of moduleIds) {
      const a = Object.hasOwn(before, moduleId) ? before[moduleId] : undefined;
      const b = Object.hasOwn(after, moduleId) ? after[moduleId] : undefined;
      if (a === b) continue;
      const where = `On the ${TRACK_NAMES[track] ?? track} track, module ${quote(titles.get(moduleId) ?? moduleId)}`;
      const text =
        a === undefined
          ? `${where} now weighs ${b} (instead of its own weight).`
          : b === undefined
            ? `${where} no longer has its own track weight (was ${a}).`
            : `${where} weighs ${b} instead of ${a}.`;
      changes.push({
        area: 'track-weights',
        kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
        subject: `${track}/${moduleId}`,
        text,
      });
    }
  }
}

/**
 * What changed from one pack version to another, in plain sentences: pack details, modules,
 * criteria (with their level texts), flags, scenarios, the verdict policy and track weights.
 * Criteria, flags and scenarios are matched by id across the pack, so a move between modules
 * reads as a move, not as a removal and an addition. An empty list means the same content.
 */
export function diffPacks(from: RubricPack, to: RubricPack): PackChange[] {
  const changes: PackChange[] = [];
  const title = textChange('The title', from.title, to.title);
  if (title) changes.push({ area: 'pack', kind: 'changed', subject: 'title', text: title });
  const description = textChange('The description', from.description, to.description);
  if (description) {
    changes.push({
      area: 'pack',
      kind: 'changed',
      subject: 'description',
      // Descriptions are long; naming the change is enough.
      text: !from.description
        ? 'A description was added.'
        : !to.description
          ? 'The description was removed.'
          : 'The description was reworded.',
    });
  }
  moduleChanges(changes, from, to);
  criterionChanges(changes, from, to);
  flagChanges(changes, from, to);
  scenarioChanges(changes, from, to);
  policyChanges(changes, from, to);
  trackWeightChanges(changes, from, to);
  return changes;
}
