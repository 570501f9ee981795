import { describe, expect, it } from 'vitest';
import {
  compareQuote,
  DELIVERABLES,
  ENGAGEMENT_MODELS,
  engagementView,
} from '../../src/domain/engagement';

describe('the engagement data of sections 05 and 07', () => {
  it('lists the six deliverables of section 05, in order', () => {
    expect(DELIVERABLES.map((d) => d.title)).toEqual([
      'Architecture document',
      'Infrastructure specification',
      'Orchestration design',
      'Safety & guardrails spec',
      'Observability plan',
      'Handoff documentation',
    ]);
    expect(DELIVERABLES[0]!.contains).toBe(
      'System diagram, component responsibilities, data flows, API contracts, failure modes',
    );
    expect(DELIVERABLES[5]!.contains).toBe(
      'Runbook, decision log, known failure modes, recommended next iteration',
    );
  });

  it('holds the cost ranges of section 07', () => {
    expect(ENGAGEMENT_MODELS['full-time']).toMatchObject({
      min: 200_000,
      max: 350_000,
      per: 'year',
    });
    expect(ENGAGEMENT_MODELS.fractional).toMatchObject({ min: 6_000, max: 14_000, per: 'month' });
    expect(ENGAGEMENT_MODELS.project).toMatchObject({ min: 15_000, max: 60_000, per: 'project' });
    expect(ENGAGEMENT_MODELS.fractional.costText).toBe('$6,000–$14,000 a month');
  });

  it.each([
    ['fractional', 5_999, 'below'],
    ['fractional', 6_000, 'within'],
    ['fractional', 14_000, 'within'],
    ['fractional', 14_001, 'above'],
    ['project', 60_000, 'within'],
    ['project', 80_000, 'above'],
    ['full-time', 150_000, 'below'],
  ] as const)('a %s quote of %i is %s the usual range', (model, amount, expected) => {
    expect(compareQuote(model, amount)).toBe(expected);
  });

  it('gives an engagement view only to fractional and project consultants', () => {
    expect(engagementView('full-time')).toBeNull();
    expect(engagementView('self')).toBeNull();
    const fractional = engagementView('fractional')!;
    expect(fractional.model.id).toBe('fractional');
    expect(fractional.fullTime.costText).toBe('$200,000–$350,000 total compensation a year');
    expect(fractional.summary).toMatch(/consultant/);
    expect(fractional.deliverables).toHaveLength(6);
    expect(engagementView('project')!.summary).toMatch(/engagement/);
  });
});
