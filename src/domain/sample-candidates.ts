import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type Bundle } from './bundle-schema';
import type { Candidate } from './candidate-schema';
import type { Level, Rating, Recommendation, Scorecard } from './scorecard-schema';

/**
 * The sample data a new user loads with one click: three fictional candidates, each scored on
 * all four modules of the default pack by the same panel of three fictional interviewers.
 * Written as small tables (levels and evidence per criterion) so the figures are easy to read
 * and to tune; fully deterministic for a given `now`.
 */

export const SAMPLE_PACK = { id: 'ai-architect-default', version: 1 } as const;

export const SAMPLE_CANDIDATE_IDS = [
  'sample-architect',
  'sample-mislabeled',
  'sample-borderline',
] as const;

const PANEL = [
  { key: 'priya', name: 'Priya Natarajan' },
  { key: 'tom', name: 'Tom Becker' },
  { key: 'ana', name: 'Ana Lima' },
] as const;
type InterviewerKey = (typeof PANEL)[number]['key'];
type PerInterviewer<T> = readonly [priya: T, tom: T, ana: T];

const MODULE_IDS = ['failure-mode', 'live-sketch', 'doc-review', 'cost-observability'] as const;
type ModuleId = (typeof MODULE_IDS)[number];

/** Levels given by Priya, Tom and Ana; the evidence all wrote, unless one wrote their own. */
type RatingRow = readonly [
  levels: PerInterviewer<Level | null>,
  evidence: string,
  own?: Partial<Record<InterviewerKey, string>>,
];

type ModuleSpec = {
  ratings: Record<string, RatingRow>;
  flags?: Partial<Record<InterviewerKey, readonly string[]>>;
  recommendations: PerInterviewer<Recommendation>;
  notes: PerInterviewer<string>;
};

type CandidateSpec = Pick<Candidate, 'name' | 'track' | 'claimedTitle' | 'notes'> & {
  id: (typeof SAMPLE_CANDIDATE_IDS)[number];
  /** When the candidate was added; their interviews follow on the next days. */
  createdDaysAgo: number;
  modules: Record<ModuleId, ModuleSpec>;
};

const NOT_REACHED = 'Ran out of time before this follow-up; not observed.';

const ARCHITECT: CandidateSpec = {
  id: 'sample-architect',
  name: 'Amara Osei',
  track: 'full-time',
  claimedTitle: 'Principal AI Architect',
  notes:
    'Fictional sample candidate. Referred by a former colleague; 14 years in software, the last 6 designing LLM and retrieval systems for an insurer’s claims processing.',
  createdDaysAgo: 20,
  modules: {
    'failure-mode': {
      ratings: {
        'fm-scenario-specificity': [
          [4, 4, 4],
          'Claims-summary service: provider 429 storms at month-end close, about twice a quarter; item 3 on the failure-modes list written before launch.',
        ],
        'fm-detection-signal': [
          [4, 4, 4],
          'Provider 429s above 2% for 3 min page on-call; sampled LLM-judge score under 0.8 for an hour opens a quality incident (0.8 is where adjusters started complaining in the pilot).',
        ],
        'fm-blast-radius': [
          [3, 3, 3],
          'Circuit breaker plus per-tenant queues keep one tenant’s retry storm inside its own quota; the affected share was never quantified.',
        ],
        'fm-designed-fallback': [
          [4, 4, 4],
          'Provider 429s above 2% for 3 min open a breaker; traffic goes to a distilled 8B model with a “reduced answer” banner; we drilled it monthly.',
          {
            tom: 'Chose the 8B model over cached answers because every claim is unique; accepted about 7 points lower on the eval set.',
          },
        ],
        'fm-ai-failure-coverage': [
          [4, 4, 4],
          'Retrieved policy PDFs treated as untrusted; tool calls over $5k need approval; agent capped at 8 steps and 20k tokens; evals re-run after an embedding switch.',
        ],
        'fm-failure-path-implementation': [
          [3, 4, 3],
          '8 s timeouts, exponential backoff with full jitter, breaker thresholds in the gateway config.',
          {
            tom: 'Idempotency keys on the payout tool and a durable workflow so a retried step never re-sends the email; fault injection in staging.',
          },
        ],
      },
      recommendations: ['strong-yes', 'strong-yes', 'yes'],
      notes: [
        'Answered with a failure-modes list written before launch; the strongest failure-mode answer this quarter.',
        'Went one level down without being asked, including idempotent retries.',
        'Excellent; on implementation I heard timeouts and backoff, not how retried side effects stay safe.',
      ],
    },
    'live-sketch': {
      ratings: {
        'ls-clarifying-questions': [
          [4, 4, 4],
          'Escalation-agent scenario: asked for the latency budget, peak volume, cost ceiling and EU residency first; “a 2-second budget keeps the agent off the synchronous path”.',
        ],
        'ls-components-and-flows': [
          [4, 4, 4],
          'Intake, classifier, retrieval, drafting worker behind a queue, review UI; audit log owned by intake because it is the only writer.',
        ],
        'ls-model-placement': [
          [4, 4, 4],
          'Model behind a gateway with a 6 s timeout; calibrated confidence under 0.7 goes to the human queue; refunds always need approval.',
        ],
        'ls-trade-offs': [
          [4, 4, 3],
          'RAG over fine-tuning because the knowledge base changes weekly; “revisit fine-tuning if the eval plateaus under 85%”.',
          {
            ana: 'Two trade-offs with the rejected option each; a revisit condition for only one of them.',
          },
        ],
        'ls-main-risks': [
          [4, 4, 4],
          'Ranked wrong refunds, cost at peak and a stale knowledge base; a two-week evaluation on 500 real escalations retires the first before building.',
        ],
        'ls-interface-contracts': [
          [3, 3, 3],
          'Drafted the reply schema (answer, citations[], confidence), 422 on validation failure, prompt version in a header.',
        ],
      },
      recommendations: ['strong-yes', 'yes', 'strong-yes'],
      notes: [
        'Asked the right questions before drawing anything and tied each choice to a number.',
        'Solid sketch; the interface contract could have gone further.',
        'Would trust this design with a real escalation queue.',
      ],
    },
    'doc-review': {
      ratings: {
        'dr-architecture-document': [
          [4, 4, 4],
          'Redacted 14-page design: diagram, component table, data flows, OpenAPI contracts and a failure-modes table with a response for each.',
        ],
        'dr-decision-records': [
          [4, 4, 4],
          'ADR-007 chose pgvector over a managed vector store, with consequences; revisited at 40M chunks.',
        ],
        'dr-supporting-deliverables': [
          [3, 3, 3],
          'Showed the runbook, cost model and guardrails spec; the handoff documents were described, not shown.',
        ],
        'dr-ai-specific-content': [
          [4, 4, 4],
          'Document states the 8-step agent cap, the injection policy for retrieved text and a $0.012 per-claim cost target.',
        ],
        'dr-authorship': [
          [4, 4, 4],
          'Sole author; version 3 rewrote the retrieval section after the team found chunking split tables.',
        ],
        'dr-implementation-traceability': [
          [4, 3, 4],
          'Load test at 40 rps against the 2.5 s p95 budget; monthly spend compared with the estimate (within 9%).',
          {
            tom: 'Walked through the gateway’s Terraform module against the document; no mention of contract tests.',
          },
        ],
      },
      recommendations: ['strong-yes', 'yes', 'strong-yes'],
      notes: [
        'The document another team could run the system from.',
        'Strong document; I would have liked to see the handoff documents themselves.',
        'Kept current as the build changed, with the revisions to show for it.',
      ],
    },
    'cost-observability': {
      ratings: {
        'co-unit-cost': [
          [4, 4, 4],
          '$0.009 p50 and $0.031 p95 per claim against a $0.012 target; the tail is 30-page attachments.',
        ],
        'co-cost-controls': [
          [3, 4, 3],
          'Prompt caching (41% hit rate) and routing easy claims to the small model cut cost by 38%.',
          {
            tom: 'Also per-tenant daily budgets with a hard stop; measured semantic-cache false hits at 0.4%.',
          },
        ],
        'co-traces-dashboards': [
          [3, 3, 3],
          'Trace per agent step with prompt version, tokens and tool calls; cost, latency and fallback-rate alerts (retuned from 1% to 3% after false pages); no quality alert.',
        ],
        'co-quality-evaluation': [
          [4, 4, 4],
          '1,200-case eval set from labelled claims runs in CI; the LLM judge agrees with adjusters at kappa 0.78; releases blocked under 0.85.',
        ],
        'co-drift-detection': [
          [2, 2, null],
          'Model versions pinned, but drift detection “is on the roadmap”: no signal or threshold named.',
          { ana: NOT_REACHED },
        ],
        'co-measurement-implementation': [
          [4, 4, 3],
          'OpenTelemetry spans tagged by tenant, feature and prompt version; reconciled with the invoice monthly, within 3%.',
          {
            ana: 'Explained per-span token capture and tagging; did not get to reconciling with the invoice.',
          },
        ],
      },
      recommendations: ['strong-yes', 'strong-yes', 'yes'],
      notes: [
        'Knew the unit cost against its target and why they differ; drift detection is not built yet.',
        'The budgets and hard stops are exactly what we lack today.',
        'Very strong on cost; drift is the one gap, and I ran out of time to probe it.',
      ],
    },
  },
};

const MISLABELED: CandidateSpec = {
  id: 'sample-mislabeled',
  name: 'Daniel Kowalczyk',
  track: 'full-time',
  claimedTitle: 'AI Systems Architect',
  notes:
    'Fictional sample candidate. Applied through the careers page; 9 years as a backend engineer, the last 3 building LLM features in Python at a fintech start-up.',
  createdDaysAgo: 13,
  modules: {
    'failure-mode': {
      ratings: {
        'fm-scenario-specificity': [
          [1, 2, 1],
          'We had Datadog and PagerDuty; when OpenAI went down we restarted the pods.',
          {
            tom: '“The API went down a few times last year”; no system, trigger or consequence named.',
          },
        ],
        'fm-detection-signal': [
          [1, 1, 1],
          'Found out from a support ticket, then opened the Datadog dashboard.',
        ],
        'fm-blast-radius': [[1, 1, 1], '“The chat feature was down until we redeployed.”'],
        'fm-designed-fallback': [
          [1, 2, 1],
          'No fallback: “the retry decorator kept trying until OpenAI came back”.',
          { tom: 'A static “try again later” message was added after the outage.' },
        ],
        'fm-ai-failure-coverage': [
          [2, 2, 1],
          'Knows hallucination and prompt injection as terms when prompted; no designed response to either.',
          {
            ana: 'Only outages and timeouts came up, even when prompted about AI-specific failures.',
          },
        ],
        'fm-failure-path-implementation': [
          [3, 3, 2],
          'Walked through the FastAPI handler and the retry decorator in detail: tenacity, exponential backoff with jitter, 30 s timeout.',
          {
            ana: 'Clear on the retry decorator; unsure what happens to in-flight requests on a timeout.',
          },
        ],
      },
      flags: { priya: ['blames-the-model'], tom: ['blames-the-model'] },
      recommendations: ['no', 'no', 'strong-no'],
      notes: [
        'Every story ended at monitoring and a redeploy; “OpenAI was flaky” was the root cause.',
        'Good hands-on engineer; nothing was designed for in advance.',
        'Strong on the retry code; the design questions got tool names.',
      ],
    },
    'live-sketch': {
      ratings: {
        'ls-clarifying-questions': [
          [1, 2, 1],
          'Research-RAG scenario: opened with “I’d use LangChain with Pinecone” before asking anything.',
          { tom: 'Asked only about the preferred cloud and the team’s stack.' },
        ],
        'ls-components-and-flows': [
          [2, 1, 2],
          '“An API, an AI layer that handles the logic, and a vector DB”; the arrows carried nothing.',
          { tom: 'One box: a LangChain agent with a vector database.' },
        ],
        'ls-model-placement': [
          [1, 2, 1],
          '“GPT-4 handles it”; nothing on the model being down, slow or wrong.',
          { tom: '“Add a human in the loop”, with no trigger or destination.' },
        ],
        'ls-trade-offs': [
          [1, 1, 2],
          '“We’d just use RAG, fine-tuning is too expensive.”',
          { ana: 'Mentioned fine-tuning as an option without choosing or giving a reason.' },
        ],
        'ls-main-risks': [
          [2, 2, 2],
          'Listed hallucinations, latency and scaling, unranked and not tied to the scenario.',
        ],
        'ls-interface-contracts': [
          [3, 4, 3],
          'Wrote out the pydantic request and response models, a 20 s timeout and a 502 on provider errors.',
          {
            tom: 'Also prompts versioned in git, recorded fixtures for contract tests and an idempotency key on submit.',
          },
        ],
      },
      flags: {
        priya: ['vague-generalities'],
        tom: ['framework-loyalty'],
        ana: ['vague-generalities'],
      },
      recommendations: ['no', 'no', 'no'],
      notes: [
        'The design never got past “use RAG”; the interface detail was excellent.',
        'LangChain was the architecture; could not say what he would use instead.',
        'Strong one level down, nothing at the level of the system.',
      ],
    },
    'doc-review': {
      ratings: {
        'dr-architecture-document': [
          [1, 1, 1],
          'Offered the repository README and a Miro board of the pipeline instead of a design document.',
        ],
        'dr-decision-records': [[1, 1, 1], '“We discussed it in Slack and went with Pinecone.”'],
        'dr-supporting-deliverables': [[1, 1, 1], 'Only Helm charts and a deploy script.'],
        'dr-ai-specific-content': [
          [2, 2, null],
          'The Miro board names GPT-4, the prompts and Pinecone; nothing on slow, unavailable or wrong output.',
          { ana: 'No document to assess; not observed.' },
        ],
        'dr-authorship': [
          [1, 2, 1],
          'The design document he mentioned was the tech lead’s; he “implemented most of it”.',
          { tom: 'Wrote the retrieval section of the tech lead’s document.' },
        ],
        'dr-implementation-traceability': [
          [3, 3, 3],
          'Walked through the ingestion worker: chunking code, pydantic schemas and the Terraform for the queue.',
        ],
      },
      flags: { priya: ['no-architecture-document'], ana: ['no-architecture-document'] },
      recommendations: ['strong-no', 'no', 'strong-no'],
      notes: [
        'Has never written an architecture document; offered a README and a Miro board instead.',
        'Contributed one section to someone else’s document, so I did not raise the gate.',
        'The code walkthrough was good, but there was no document behind it.',
      ],
    },
    'cost-observability': {
      ratings: {
        'co-unit-cost': [
          [1, 1, 1],
          '“Finance paid the OpenAI bill”; no monthly, per-request or token figure.',
        ],
        'co-cost-controls': [
          [1, 2, 1],
          'Switched from GPT-4 to GPT-3.5 when the bill grew.',
          { tom: 'Said caching “would help”; nothing was built.' },
        ],
        'co-traces-dashboards': [
          [1, 1, 1],
          '“We used LangSmith and Datadog”; could not say what was traced or alerted on.',
        ],
        'co-quality-evaluation': [
          [1, 1, 2],
          'Tried a few prompts by hand before each release.',
          { ana: 'A 50-question spreadsheet, run “when someone remembers”.' },
        ],
        'co-drift-detection': [
          [1, null, 1],
          'Would hear about it from customers; the model version is not pinned.',
          { tom: NOT_REACHED },
        ],
        'co-measurement-implementation': [
          [2, 3, 2],
          'Token counts from the OpenAI response, logged per request; no tenant or feature tags.',
          {
            tom: 'Described tagging each span with the feature and prompt version in a middleware, though they never aggregated it.',
          },
        ],
      },
      flags: { priya: ['no-cost-numbers', 'no-evaluation'], tom: ['no-cost-numbers'] },
      recommendations: ['no', 'strong-no', 'no'],
      notes: [
        'No cost figure at any level, and quality judged by hand.',
        'Could instrument it well if asked to; never decided what to measure.',
        'Learned about problems from users.',
      ],
    },
  },
};

const BORDERLINE: CandidateSpec = {
  id: 'sample-borderline',
  name: 'Sofía Ibarra',
  track: 'fractional',
  claimedTitle: 'Staff ML Platform Engineer / Architect',
  notes:
    'Fictional sample candidate. Independent consultant offering a two-days-a-week retainer; 11 years in ML platforms (forecasting, recommendations) and two LLM projects.',
  createdDaysAgo: 8,
  modules: {
    'failure-mode': {
      ratings: {
        'fm-scenario-specificity': [
          [3, 3, 3],
          'Retail forecasting: late upstream data left forecasts stale for two days; store planners ordered on old numbers.',
        ],
        'fm-detection-signal': [
          [3, 2, 3],
          'Freshness check pages the data on-call when the feature table is more than 6 h stale.',
          { tom: '“Alerts on the pipeline”; the threshold came out only under follow-up.' },
        ],
        'fm-blast-radius': [
          [2, 3, 2],
          'Knew which stores were affected; the planning team switched the forecast page off by hand.',
          { tom: 'Per-region partitions meant one late feed only touched its region.' },
        ],
        'fm-designed-fallback': [
          [3, 3, 2],
          'Fallback to last week’s forecast was designed before launch and took over automatically.',
          {
            ana: 'In the LLM project the fallback (“show an error”) was added after the first outage.',
          },
        ],
        'fm-ai-failure-coverage': [
          [2, 2, 2],
          'Named hallucination and prompt injection when prompted; no designed response in either LLM project.',
        ],
        'fm-failure-path-implementation': [
          [3, 3, 3],
          'Airflow sensors with timeouts, retries with backoff, fallback read from the previous partition.',
        ],
      },
      recommendations: ['yes', 'no', 'yes'],
      notes: [
        'Designs for data failures well; less so for model failures.',
        'The failure story was classic ML platform, not LLM.',
        'Good instincts; the LLM fallback came late.',
      ],
    },
    'live-sketch': {
      ratings: {
        'ls-clarifying-questions': [
          [4, 4, 4],
          'Document-intelligence scenario: asked for volume, latency, budget and GDPR first; “the 30-day retention rule decides whether we can cache at all”.',
        ],
        'ls-components-and-flows': [
          [3, 3, 2],
          'Ingest, extraction, retrieval, generation service and a review queue; said which hops are queued.',
          { ana: 'The “orchestrator” and the “generation service” overlapped in responsibility.' },
        ],
        'ls-model-placement': [
          [2, 3, 2],
          '“A human in the loop for risky documents”, with no trigger.',
          { tom: 'Timeout with a rules fallback; low-confidence extractions to a review queue.' },
        ],
        'ls-trade-offs': [
          [3, 3, 3],
          'RAG versus fine-tuning and batch versus online, each with the rejected option; not tied to the numbers.',
        ],
        'ls-main-risks': [
          [3, 2, 3],
          'Ranked wrong extractions on contracts first, then stale retrieval.',
          { tom: 'Listed risks without ranking them.' },
        ],
        'ls-interface-contracts': [
          [3, null, 3],
          'Defined the extraction schema with source spans and a confidence field, 10 s timeout, 422 on invalid output.',
          { tom: NOT_REACHED },
        ],
      },
      recommendations: ['yes', 'yes', 'no'],
      notes: [
        'A sound sketch; the model’s failure path stayed vague.',
        'Good structure once prompted.',
        'Competent but generic; trade-offs not tied to the requirements.',
      ],
    },
    'doc-review': {
      ratings: {
        'dr-architecture-document': [
          [3, 3, 3],
          'Redacted document for a retail assistant: diagram, component table, data flows and a failure-modes section; no API contracts.',
        ],
        'dr-decision-records': [
          [2, 4, 2],
          'Decision list in the appendix, one line each, no alternatives; by her account the ADRs were written after the project.',
          {
            tom: 'Showed ADRs with context, alternatives and consequences; one revisited after a cost spike.',
          },
        ],
        'dr-supporting-deliverables': [
          [3, 3, 3],
          'Infrastructure spec with a cost estimate, plus a runbook she wrote for the client’s on-call.',
        ],
        'dr-ai-specific-content': [
          [2, 2, 3],
          'Names the model and the vector store; nothing on slow or wrong output.',
          { ana: 'Found the outage fallback and an evaluation section on page 9.' },
        ],
        'dr-authorship': [
          [4, 4, 4],
          'Wrote it, defended it at the client’s review board and revised it twice as the build diverged.',
        ],
        'dr-implementation-traceability': [
          [3, 2, 3],
          'Traced the ingestion contract in the document to the pydantic schema and the Terraform.',
          { tom: 'Named the services used, without linking them to the document.' },
        ],
      },
      recommendations: ['yes', 'yes', 'no'],
      notes: [
        'A real document she wrote; decision records look retrofitted.',
        'The ADRs convinced me; best module of the four.',
        'Document is fine, the AI-specific parts are thin.',
      ],
    },
    'cost-observability': {
      ratings: {
        'co-unit-cost': [
          [3, 3, 3],
          '$0.04 per answer at p50 and $0.11 at p95, the tail driven by long PDFs and a second retrieval pass; no target set beforehand.',
        ],
        'co-cost-controls': [
          [2, 2, 3],
          '“Caching and smaller models help”, without saying which were built.',
          {
            ana: 'Result cache with a 22% hit rate and short questions routed to a small model: about 30% saved.',
          },
        ],
        'co-traces-dashboards': [
          [2, 2, 2],
          'Request-level traces in Langfuse; no alert thresholds.',
        ],
        'co-quality-evaluation': [
          [3, 1, 2],
          '300-question eval set from the client’s FAQ logs, run before each prompt change, plus a weekly sampled review.',
          {
            tom: 'In the LLM project quality was checked by the client trying questions; no evaluation set.',
            ana: 'An evaluation set exists but is run ad hoc.',
          },
        ],
        'co-drift-detection': [
          [2, 2, 1],
          'Mentions drift monitoring as a concept; no signals or triggers.',
          { ana: '“We would notice from feedback.”' },
        ],
        'co-measurement-implementation': [
          [2, 3, 2],
          'Token counts from the provider responses in the logs; not attributed per tenant or feature.',
          {
            tom: 'Langfuse spans tagged by feature and prompt version, aggregated to p50 and p95 in a notebook.',
          },
        ],
      },
      flags: { tom: ['no-evaluation'] },
      recommendations: ['no', 'no', 'yes'],
      notes: [
        'Knows the unit cost and its tail; the controls are mostly talk.',
        'Did not convince me quality was ever measured in the LLM work.',
        'Some real cost work; observability is request-level only.',
      ],
    },
  },
};

const SPECS: readonly CandidateSpec[] = [ARCHITECT, MISLABELED, BORDERLINE];

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

function scorecardsOf(spec: CandidateSpec, createdAt: number): Scorecard[] {
  const cards: Scorecard[] = [];
  MODULE_IDS.forEach((moduleId, m) => {
    const module = spec.modules[moduleId];
    // One module a day after the candidate was added, the panel submitting a few minutes apart.
    const interviewEnd = createdAt + (m + 1) * DAY_MS + 10 * 60 * MINUTE_MS;
    PANEL.forEach((interviewer, i) => {
      const ratings: Record<string, Rating> = {};
      for (const [criterionId, [levels, evidence, own]] of Object.entries(module.ratings)) {
        ratings[criterionId] = { level: levels[i]!, evidence: own?.[interviewer.key] ?? evidence };
      }
      const submittedAt = new Date(interviewEnd + (5 + 7 * i) * MINUTE_MS).toISOString();
      cards.push({
        id: `${spec.id}-${moduleId}-${interviewer.key}`,
        candidateId: spec.id,
        interviewer: interviewer.name,
        packId: SAMPLE_PACK.id,
        packVersion: SAMPLE_PACK.version,
        moduleId,
        status: 'submitted',
        ratings,
        flags: [...(module.flags?.[interviewer.key] ?? [])],
        recommendation: module.recommendations[i]!,
        notes: module.notes[i]!,
        updatedAt: submittedAt,
        submittedAt,
      });
    });
  });
  return cards;
}

/** The sample bundle, dated relative to `now` so the candidates look recent. */
export function sampleBundle(now: Date): Bundle {
  const end = now.getTime();
  const candidates: Candidate[] = [];
  const scorecards: Scorecard[] = [];
  for (const spec of SPECS) {
    const createdAt = end - spec.createdDaysAgo * DAY_MS;
    candidates.push({
      id: spec.id,
      name: spec.name,
      track: spec.track,
      claimedTitle: spec.claimedTitle,
      notes: spec.notes,
      createdAt: new Date(createdAt).toISOString(),
      // The day after the last interview, when the debrief was held.
      updatedAt: new Date(createdAt + (MODULE_IDS.length + 1) * DAY_MS).toISOString(),
      packId: SAMPLE_PACK.id,
      packVersion: SAMPLE_PACK.version,
    });
    scorecards.push(...scorecardsOf(spec, createdAt));
  }
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    rubricPacks: [],
    candidates,
    scorecards,
  };
}
