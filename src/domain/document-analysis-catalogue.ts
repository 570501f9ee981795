// The deliverables an AI systems architect hands over (seed 003, section 05) and decision
// records, each split into the elements the analyser looks for, with their detection cues.
// Cues are domain vocabulary, not phrases from any test document.
import {
  ANY_NUMBER,
  COMPARISON,
  CONDITION,
  FAILURE_TRIGGER,
  FIGURE_CAPTION,
  HTTP_ENDPOINT,
  MONEY,
  NUMBER_WITH_UNIT,
  RESPONSE,
  SCHEMA_FIELDS,
  STATUS_CODE,
  countMatches,
  distinctMatches,
  isDiagramArt,
} from './document-analysis-signals';

export const DELIVERABLE_IDS = [
  'architecture-document',
  'infrastructure-specification',
  'orchestration-design',
  'safety-guardrails',
  'observability-plan',
  'handoff-documentation',
  'decision-records',
] as const;
export type DeliverableId = (typeof DELIVERABLE_IDS)[number];

export const ELEMENT_IDS = [
  'system-diagram',
  'component-responsibilities',
  'data-flows',
  'api-contracts',
  'failure-modes',
  'cloud-services',
  'deployment-model',
  'scaling-approach',
  'cost-estimates',
  'iac-outline',
  'agent-graph',
  'state-machines',
  'tool-registry',
  'retry-logic',
  'input-output-validation',
  'escalation-triggers',
  'circuit-breakers',
  'compliance-controls',
  'metrics-list',
  'trace-design',
  'dashboard-specs',
  'alert-thresholds',
  'evaluation-methodology',
  'runbook',
  'decision-log',
  'known-failure-modes',
  'next-iteration',
  'decision-context',
  'decision-outcome',
  'alternatives-considered',
  'consequences',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

/** How strongly one passage specifies the element: 0 none, 1 some, 2 on its own. */
export type EvidenceFn = (text: string, inOwnSection: boolean, headingTitle: string) => number;

/** Counts the sentences (or list lines) of a passage that satisfy a test, up to a cap. */
const perSentence = (t: string, test: (s: string) => boolean, cap: number): number =>
  Math.min(sentences(t).filter(test).length, cap);

const sentences = (t: string): string[] =>
  t.split(/(?<=[.!?;])\s+(?=[\p{Lu}\d(])|\n\s*(?=[-*•]|\d+[.)])/u);

export interface ElementDefinition {
  id: ElementId;
  deliverable: DeliverableId;
  title: string;
  /** Heading titles that announce a section about the element. */
  headings: RegExp;
  /** Topical cue a passage outside the element's own section must match to count. */
  cue: RegExp;
  /** A mention without substance: enough for "partial". */
  mention: RegExp;
  evidence: EvidenceFn;
  /** Inside its own section a passage counts without repeating the cue. */
  sectionCueOptional?: boolean;
  /** Evidence weight needed for "present"; passages in the element's own section count double. */
  min?: number;
  /** Plain sentences for the UI when the element is missing or thin. */
  gapAbsent: string;
  gapPartial: string;
}

export interface DeliverableDefinition {
  id: DeliverableId;
  title: string;
  elements: ElementId[];
  /** Headings of a section that groups the deliverable's elements (e.g. "Infrastructure"). */
  headings: RegExp | null;
}

const either = (...checks: boolean[]): number => checks.filter(Boolean).length;

const CLOUD_SERVICE =
  /\b(?:aws|azure|gcp|google cloud|cloudflare|s3|sqs|sns|ecs|eks|fargate|lambda|rds|aurora|dynamodb|elasticache|sagemaker|bedrock|emr|kinesis|cloud ?run|cloud functions|gke|bigquery|vertex ai|pub\/sub|cosmos ?db|container apps|aks|blob storage|service bus|event hubs?|azure openai|openai api|workers kv|workers ai|durable objects|r2|vectorize|pinecone|weaviate|qdrant|opensearch|elasticsearch|redis|memorystore|postgres(?:ql)?|pgvector|kafka|temporal cloud|snowflake|databricks|cloudwatch|cloud sql|cloud storage|gcs|spanner|firestore|step functions|eventbridge|cognito|datadog|grafana cloud|app engine|api gateway|alb|cdn|vpc)\b/gi;
const COMPONENT_LINE =
  /(?:^\s*(?:[-*•]\s*)?(?:\*\*)?[\p{L}\d][\p{L}\d ./()&+-]{1,40}?(?:\*\*)?\s*(?:[:—–]|\s-\s)\s*\S|^\s*\|\s*[^|]{2,40}\|\s*[^|]{8,})/u;
const RESPONSIBILITY_VERB =
  /\b(?:owns?|responsible for|handles?|accepts?|stores?|persists?|returns?|validates?|verifies|converts?|turns?|decides?|calls?|serves?|runs?|builds?|predicts?|routes?|enforces?|receives?|sequences?|applies|buffers?|authenticates?|extracts?|classif(?:y|ies)|writes?|reads?|exposes?|publishes|consumes?|generates?|computes?|reranks?|schedules?|orchestrates?|manages?|provides?|is the only)\b/i;
const FLOW_VERB =
  /\b(?:sends?|posts?|calls?|reads?|writes?|publishes|emits?|enqueues?|picks?|passes|forwards?|streams?|returns?|loads?|stores?|fetch(?:es)?|pushes|pulls?|subscribes?|consumes?|moves?|flows?|polls?|embeds?|looks? up|uploads?|asks?|answers?)\b/i;
const ARROW = /(?:->|→|-->|──▶|=>)/g;
/** Handing work to a person: the verb of an escalation, not its measurement. */
const ESCALATE_ACTION =
  /\bescalates?\b|\b(?:is|are|be|gets?) escalated\b|\bescalated to\b|\b(?:route[sd]?|sent|send|goes|go|handed|passed|forwarded|moves?) (?:straight |directly )?to (?:a |an |the )?(?:[\w'’]+ ){0,2}(?:humans?|person|people|staff|specialists?|experts?|reviewers?|operators?|manual|queue|console|team|lead|officer|manager|on-call|analysts?|approvers?|adjusters?|clinicians?|nurses?|lawyers?|librarians?|agents? \(human\))\b|\btakes? over\b|\bfor (?:human|manual) review\b|\bhuman (?:review|approval)\b/i;

const RETRY_COUNT =
  /\b(?:\d+|once|twice|one|two|three|four|five)\s+(?:times|attempts?|retries|tries)\b|\bmax_?retries\b|\bmaxRetries\b|\bup to \d+\b|\bretr(?:y|ies) (?:up to )?(?:\d+|once|twice)\b/i;
const INTERVAL = /\b\d+(?:\.\d+)?\s?(?:ms|s|seconds?|minutes?)\b|\bbackoffMs\b/i;

export const ELEMENTS: readonly ElementDefinition[] = [
  // Architecture document
  {
    id: 'system-diagram',
    deliverable: 'architecture-document',
    title: 'System diagram',
    headings:
      /\b(?:system|architecture|component|context|high[- ]level|solution|deployment)\s+(?:diagram|overview|view|picture)\b|^diagram$|\bdiagram\b/i,
    cue: /[\s\S]/,
    mention: /\bdiagram\b|\barchitecture\.(?:png|svg|jpg)\b|\bsee (?:the )?(?:figure|picture)\b/i,
    evidence: (t) => (isDiagramArt(t) || FIGURE_CAPTION.test(t) ? 2 : 0),
    gapAbsent: 'No system diagram.',
    gapPartial: 'A system diagram is referred to but not shown.',
  },
  {
    id: 'component-responsibilities',
    deliverable: 'architecture-document',
    title: 'Component responsibilities',
    headings:
      /\bcomponents?\b|\bresponsibilit|\bbuilding blocks\b|\bservices and (?:their )?roles\b|\bmain parts\b/i,
    cue: COMPONENT_LINE,
    mention:
      /\bcomponents?\b|\bconsists? of\b|\bmade (?:up )?of\b|\bservices?\b.*\band\b.*\bservices?\b|\b(?:three|four|five|several) (?:parts|pieces|services)\b/i,
    sectionCueOptional: true,
    evidence: (t, inSection) => {
      // Inside a components section a "Name: what it does" line is enough; elsewhere it also
      // needs a verb of responsibility.
      const lines = t
        .split(/\r\n|\n|\r/)
        .filter((l) => COMPONENT_LINE.test(l) && (inSection || RESPONSIBILITY_VERB.test(l))).length;
      if (lines > 0) return Math.min(lines, 2);
      return inSection && RESPONSIBILITY_VERB.test(t) ? 1 : 0;
    },
    min: 5,
    gapAbsent: 'No description of the components and what each is responsible for.',
    gapPartial: 'Components are named but their responsibilities are not stated.',
  },
  {
    id: 'data-flows',
    deliverable: 'architecture-document',
    title: 'Data flows',
    headings:
      /\bdata ?flows?\b|\brequest (?:flow|path|lifecycle)\b|\bflow\b|\bhow it works\b|\bsequence\b|\bend[- ]to[- ]end\b|\blifecycle of\b|\bwalk-?through\b|\bprocessing pipeline\b/i,
    cue: /^\s*(?:\d{1,2}[.)]|[a-z][.)])\s|->|→|-->/i,
    sectionCueOptional: true,
    mention: /\bdata flows?\b|\bflows? (?:from|to|through)\b|\bpipeline\b/i,
    evidence: (t) => {
      const verbs = countMatches(new RegExp(FLOW_VERB.source, 'gi'), t);
      const arrows = countMatches(ARROW, t);
      if (arrows >= 3 || verbs >= 4) return 2;
      if (verbs >= 2) return 1;
      return verbs >= 1 && arrows >= 1 ? 1 : 0;
    },
    min: 4,
    gapAbsent:
      'No data flow: the path a request or document takes through the system is not described.',
    gapPartial: 'Data flows are mentioned but not traced step by step.',
  },
  {
    id: 'api-contracts',
    deliverable: 'architecture-document',
    title: 'API contracts',
    headings: /\bapis?\b|\binterfaces?\b|\bcontracts?\b|\bendpoints?\b|\bschemas?\b/i,
    cue: /\b(?:GET|POST|PUT|PATCH|DELETE)\s+`?\/|\b(?:request|response|payload|schema|contract|returns?)\b/i,
    sectionCueOptional: true,
    mention: /\bapis?\b|\bendpoints?\b|\binterfaces?\b/i,
    evidence: (t) => {
      const endpoint = HTTP_ENDPOINT.test(t);
      const fields = SCHEMA_FIELDS.test(t);
      const status = STATUS_CODE.test(t);
      if ((endpoint || fields) && (fields ? 1 : 0) + (status ? 1 : 0) + (endpoint ? 1 : 0) >= 2)
        return 2;
      // A schema with several typed fields is a contract on its own.
      if (
        countMatches(/"?\w+"?\??\s*:\s*(?:string|number|boolean|integer|object|array)\b/gi, t) >= 3
      )
        return 2;
      return fields ? 1 : 0;
    },
    min: 4,
    gapAbsent: 'No API contracts: interfaces between components are not defined.',
    gapPartial:
      'Endpoints or interfaces are listed without their request, response and error contracts.',
  },
  {
    id: 'failure-modes',
    deliverable: 'architecture-document',
    title: 'Failure modes',
    headings:
      /\bfailure|\bfailures\b|\bwhat happens when\b|\bwhen (?:things|something|it) (?:go(?:es)? wrong|fails?|breaks?|goes down)\b|\bbreak(?:s|age)?\b|\bdegraded\b|\bresilien|\bfault tolerance\b|\bfallbacks?\b|\berror handling\b|\boutages?\b/i,
    cue: /[\s\S]/,
    mention:
      /\bfailures?\b|\berrors?\b|\bfallback\b|\bresilien\w*|\bself-heal\w*|\bgo(?:es)? wrong\b/i,
    evidence: (t, inSection, heading) => {
      // A section named after a failure ("When the provider is down") supplies the trigger.
      const headingNamesFailure = FAILURE_TRIGGER.test(heading);
      const n = sentences(t).filter(
        (x) =>
          (FAILURE_TRIGGER.test(x) || headingNamesFailure) &&
          // In a failure-mode section, "if <trigger>, <what happens>" is itself the scenario.
          (RESPONSE.test(x) || (inSection && CONDITION.test(x))) &&
          (inSection || headingNamesFailure || CONDITION.test(x) || t.includes('|')),
      ).length;
      return Math.min(n, 2);
    },
    min: 4,
    gapAbsent:
      'No failure-mode section: the document does not say what the system does when a model, provider or component fails.',
    gapPartial:
      'Failures are mentioned but not specified: no scenario with its detection and designed response.',
  },
  // Infrastructure specification
  {
    id: 'cloud-services',
    deliverable: 'infrastructure-specification',
    title: 'Cloud services',
    headings:
      /\bcloud services\b|\bplatform services\b|\bservices used\b|\btech(?:nology)? stack\b|\bmanaged services\b/i,
    cue: CLOUD_SERVICE,
    mention: CLOUD_SERVICE,
    evidence: (t) => {
      const n = distinctMatches(CLOUD_SERVICE, t).size;
      return n >= 5
        ? 3
        : n >= 3
          ? 2
          : n >= 1 && (RESPONSIBILITY_VERB.test(t) || t.includes('|'))
            ? 1
            : 0;
    },
    min: 3,
    gapAbsent: 'No infrastructure specification naming the cloud services used.',
    gapPartial: 'Cloud services are named without their role in the system.',
  },
  {
    id: 'deployment-model',
    deliverable: 'infrastructure-specification',
    title: 'Deployment model',
    headings: /\bdeploy(?:ment)?\b|\brollout\b|\brelease process\b|\benvironments\b|\bhosting\b/i,
    cue: /\b(?:containers?|kubernetes|k8s|eks|aks|gke|ecs|fargate|serverless|lambda|workers|container apps|cloud run|helm|argo ?cd|blue[/-]green|canary|gradual|rolling|regions?|eu-(?:west|central|north)-\d|us-(?:east|west)-\d|multi-region|staging|production|environments?|namespaces?|node (?:pool|group)s?|gpu nodes|revisions?)\b/gi,
    mention: /\bdeploy(?:ed|ment|s)?\b|\bdocker\b|\bkubernetes\b|\bserverless\b|\bcloud-native\b/i,
    evidence: (t) => {
      const n = distinctMatches(
        /\b(?:containers?|kubernetes|k8s|eks|aks|gke|ecs|fargate|serverless|lambda|workers|container apps|cloud run|helm|argo ?cd|blue[/-]green|canary|gradual|rolling|regions?|eu-(?:west|central|north)-\d|us-(?:east|west)-\d|multi-region|staging|production|environments?|namespaces?|node (?:pool|group)s?|gpu nodes|revisions?)\b/gi,
        t,
      ).size;
      return n >= 3 ? 2 : n >= 2 ? 1 : 0;
    },
    min: 3,
    gapAbsent: 'No deployment model: where and how the system runs is not described.',
    gapPartial: 'Deployment is mentioned without environments, regions or rollout.',
  },
  {
    id: 'scaling-approach',
    deliverable: 'infrastructure-specification',
    title: 'Scaling approach',
    headings: /\bscal(?:ing|ability|e)\b|\bcapacity\b|\bautoscal/i,
    cue: /\bautoscal\w*|\bscales?\b|\bscaling\b|\breplicas?\b|\bconcurren\w*|\bthroughput\b|\bper second\b|\brps\b|\bqps\b|\bqueue (?:depth|length)\b|\btokens per minute\b|\bcache hit\b|\binstances\b|\bnodes\b|\bcapacity\b/i,
    sectionCueOptional: true,
    mention: /\bscal(?:e|es|ing|ability|able)\b|\bhorizontally\b/i,
    evidence: (t) =>
      ANY_NUMBER.test(t) &&
      /\bautoscal\w*|\bscaled? (?:on|by|with|between|out|up|to)\b|\bscales? (?:on|by|with|between|out|up|to)\b|\bbetween \d+ and \d+\b|\bfrom \d+ to \d+\b|\bper \d+\b|\blimit(?:ed)? to \d+/i.test(
        t,
      )
        ? 2
        : ANY_NUMBER.test(t) &&
            /\bautoscal\w*|\bscales?\b|\bscaling\b|\breplicas?\b|\bconcurren\w*|\bthroughput\b|\bper (?:second|minute)\b|\brps\b|\bqps\b|\bqueue\b|\bcache\b|\binstances?\b|\bnodes?\b|\btasks?\b|\blimit\w*|\bcapacity\b|\bload\b/i.test(
              t,
            )
          ? 1
          : 0,
    min: 3,
    gapAbsent: 'No scaling approach: how the system handles growth and peaks is not described.',
    gapPartial: 'Scaling is claimed without a rule, limit or capacity figure.',
  },
  {
    id: 'cost-estimates',
    deliverable: 'infrastructure-specification',
    title: 'Cost estimates',
    headings: /\bcosts?\b|\bbudget\b|\bspend\b|\bunit economics\b/i,
    cue: MONEY,
    sectionCueOptional: true,
    mention:
      /\bcosts?\b|\bcheap(?:er)?\b|\bexpensive\b|\bspend\b|\b(?:cost|spend|monthly) budget\b|\bpricing\b|\bsavings?\b/i,
    evidence: (t) => {
      if (!MONEY.test(t)) return 0;
      const estimate =
        /\bper (?:request|ticket|month|day|query|question|contract|run|conversation|call|user|answer|document|page|1k|1,000|million)\b|\bmonthly\b|\b(?:a|per) month\b|\btotal\b|\bestimat\w*|\bspend\b|\bcosts?\b|\bsaving\w*|≈|~/i;
      return estimate.test(t) ? 1 : 0;
    },
    min: 2,
    gapAbsent: 'No cost estimate.',
    gapPartial: 'Cost is mentioned without figures per request or per month.',
  },
  {
    id: 'iac-outline',
    deliverable: 'infrastructure-specification',
    title: 'Infrastructure-as-code outline',
    headings:
      /\binfrastructure[- ]as[- ]code\b|\biac\b|\bterraform\b|\bpulumi\b|\bbicep\b|\bcloudformation\b|\bcdk\b/i,
    cue: /\b(?:terraform|pulumi|bicep|cloudformation|cdk|crossplane|opentofu|wrangler|modules?\/|tfvars|backend\.tf)\b/i,
    sectionCueOptional: true,
    mention:
      /\bterraform\b|\bpulumi\b|\bbicep\b|\bcloudformation\b|\binfrastructure[- ]as[- ]code\b|\biac\b/i,
    evidence: (t) => {
      const structure = countMatches(
        /\bmodules?\b|\bstate\b|\bworkspaces?\b|\bstacks?\b|\benvs?\/|\benvironments?\b|\bparameter files?\b|\bproviders?\b/gi,
        t,
      );
      const names = countMatches(/`[\w-]+`|\b[\w-]+\/(?=\s)/g, t);
      if (structure >= 2 && names >= 3) return 2;
      return structure >= 1 ? 1 : 0;
    },
    min: 2,
    gapAbsent: 'No infrastructure-as-code outline.',
    gapPartial: 'An IaC tool is named without its modules, stacks or environments.',
  },
  // Orchestration design
  {
    id: 'agent-graph',
    deliverable: 'orchestration-design',
    title: 'Agent graph or workflow',
    headings:
      /\b(?:agent|workflow|orchestration|task)\s+(?:graph|diagram|design|flow|steps)\b|\bworkflow\b|\bgraph\b/i,
    cue: /\bworkflow\b|\bgraph\b|\bagents?\b|\bnodes?\b|\bsteps?\b|\borchestrat\w*/i,
    sectionCueOptional: true,
    mention:
      /\bmulti-?agent\b|\bagent graph\b|\borchestrat\w*|\blanggraph\b|\bagents? (?:handing|hand(?:s)? off|collaborat\w*)\b|\bruns the (?:agent )?graph\b/i,
    evidence: (t) => (isDiagramArt(t) || countMatches(ARROW, t) >= 3 ? 2 : 0),
    min: 2,
    gapAbsent: 'No orchestration design: the agent graph or workflow is not described.',
    gapPartial: 'An agent or workflow is mentioned without its steps and transitions.',
  },
  {
    id: 'state-machines',
    deliverable: 'orchestration-design',
    title: 'State machine definitions',
    headings: /\bstate machines?\b|\bstates?\b|\bstatus(?:es)? model\b|\blifecycle\b/i,
    cue: /\bstates?\b|\bstatus(?:es)?\b|\btransitions?\b/i,
    sectionCueOptional: true,
    mention: /\bstate machines?\b|\bstatus(?:es)?\b|\bstates\b/i,
    evidence: (t) =>
      /\btransitions?\b|\bleaves? (?:to|for)\b|\bmoves? to\b|\bentered when\b|\bon (?:timeout|success|failure)\b|\bgoes to\b|\bfrom `?[\w-]+`? to `?[\w-]+`?/i.test(
        t,
      ) || countMatches(/`[a-z_-]+`/g, t) >= 2
        ? 1
        : 0,
    min: 4,
    gapAbsent: 'No state machine definitions.',
    gapPartial: 'States are listed without the transitions between them.',
  },
  {
    id: 'tool-registry',
    deliverable: 'orchestration-design',
    title: 'Tool registry',
    headings: /\btool(?:s| registry| catalog(?:ue)?| list)\b|\bfunctions available\b/i,
    cue: /\btools?\b|`[a-z]+_[a-z_]+`|\b[a-z]+_[a-z_]+\b/,
    sectionCueOptional: true,
    mention: /\btools?\b|\bfunction calling\b|\btool calls?\b/i,
    evidence: (t) =>
      either(
        /`?[a-z]+_[a-z_]+`?/.test(t),
        /\bside effects?\b|\bpermissions?\b|\bread-?only\b|\bidempoten\w*|\barguments?\b|\bparameters?\b|\bscopes?\b|\ballowed\b|\bcalled by\b/i.test(
          t,
        ),
      ) >= 2
        ? 1
        : 0,
    min: 4,
    gapAbsent:
      'No tool registry: the tools the model may call, with their permissions and side effects, are not listed.',
    gapPartial: 'Tools are mentioned without their inputs, permissions or side effects.',
  },
  {
    id: 'retry-logic',
    deliverable: 'orchestration-design',
    title: 'Retry logic',
    headings: /\bretr(?:y|ies)\b|\bbackoff\b/i,
    cue: /\bretr(?:y|ies|ied|ying)\b|\bbackoff\b|\bidempoten\w*|\bmaxRetries\b|\bmax_retries\b/i,
    sectionCueOptional: true,
    mention:
      /\bretr(?:y|ies|ied|ying)\b|\bidempoten\w*|\breplay\w*|\brepair attempt\b|\btry again\b/i,
    evidence: (t) => {
      const n = either(
        RETRY_COUNT.test(t),
        /\bbackoff\b|\bexponential\b|\bjitter\b/i.test(t),
        INTERVAL.test(t),
        /\bidempoten\w*|\bnon-?retryable\b/i.test(t),
      );
      return n >= 3 ? 2 : n >= 2 ? 1 : 0;
    },
    min: 2,
    gapAbsent: 'No retry logic.',
    gapPartial: 'Retries are mentioned without attempts, backoff or idempotency.',
  },
  // Safety and guardrails
  {
    id: 'input-output-validation',
    deliverable: 'safety-guardrails',
    title: 'Input/output validation',
    headings: /\bvalidation\b|\bsanitis|\bsanitiz|\bcontent filter/i,
    cue: /\bvalidat\w*|\bschema\b|\binjection\b|\bsanitis\w*|\bsanitiz\w*|\bpii\b|\bpersonal data\b|\bredact\w*|\bmask\w*|\bremoves?\b|\bblocked?\b|\breject\w*|\btruncat\w*|\bclassifier\b|\bchecks?\b|\bverif\w*|\bmust (?:not )?(?:be|contain|match|cite)\b/i,
    sectionCueOptional: true,
    mention: /\bvalidat\w*|\bguardrails?\b|\bsanitiz\w*|\bsanitis\w*|\bschema\b|\bfilter\w*/i,
    evidence: (t) =>
      perSentence(
        t,
        (x) =>
          /\bvalidat\w*|\breject\w*|\bblock\w*|\bmask\w*|\bredact\w*|\brefuse\w*|\btruncat\w*|\bcheck\w*|\bmust\b|\bfails?\b|\bverif\w*|\bscann\w*/i.test(
            x,
          ) &&
          /\bschema\b|\bjson\b|\bfields?\b|\bcharacters?\b|\bchars?\b|\bmb\b|\bpatterns?\b|\bclassifier\b|\bscore\b|\binjection\b|\bpii\b|\bpersonal data\b|\bformat\b|\bsignature\b|\bcitations?\b|\bsize\b|\blength\b|\bmalware\b|\btypes?\b/i.test(
            x,
          ),
        3,
      ),
    min: 3,
    gapAbsent: 'No input or output validation rules.',
    gapPartial: 'Validation or guardrails are claimed without the rules.',
  },
  {
    id: 'escalation-triggers',
    deliverable: 'safety-guardrails',
    title: 'Escalation triggers',
    headings:
      /\bescalation (?:triggers?|rules?|policy|paths?)\b|\bhuman[- ]in[- ]the[- ]loop\b|\bhuman review\b|\bhandover to (?:a )?human\b|\bhuman oversight\b/i,
    cue: ESCALATE_ACTION,
    sectionCueOptional: true,
    mention:
      /\bescalat\w*|\bhuman (?:oversight|review|in the loop)\b|\bsend (?:the conversation )?to (?:your )?support\b/i,
    evidence: (t) => {
      if (/\bescalat\w* to (?:a |the )?(?:\w+ )?model\b/i.test(t)) return 0; // model cascade, not a person
      return COMPARISON.test(t) || /[<>≤≥]\s*\d/.test(t)
        ? 2
        : CONDITION.test(t) || /\b(?:detected|mentions?|otherwise|any|whenever)\b/i.test(t)
          ? 1
          : 0;
    },
    min: 2,
    gapAbsent: 'No escalation triggers: when a person takes over from the AI is not defined.',
    gapPartial: 'Human escalation is mentioned without the conditions that trigger it.',
  },
  {
    id: 'circuit-breakers',
    deliverable: 'safety-guardrails',
    title: 'Circuit breakers and hard limits',
    headings:
      /\bcircuit[- ]?breakers?\b|\bkill[- ]switch\b|\bhard limits\b|\bagent limits\b|\bbudgets? and limits\b|\blimits\b/i,
    cue: /\bbreakers?\b|\bkill[- ]switch\b|\bstep budget\b|\bmax(?:imum)? (?:steps|tokens|calls|iterations)\b|\bat most \d+\b|\bmore than \d+ (?:steps|tokens|calls)\b|\bhard limit\b|\bswitch(?:es|ed)? (?:off|to)\b|\bstops? (?:the|generating|drafting)\b|\btoken budget\b|\bmaxSteps\b/i,
    mention:
      /\bcircuit[- ]?breakers?\b|\bbreaker\b|\bmaxSteps\b|\bstep limit\b|\bkill[- ]switch\b/i,
    evidence: (t) =>
      NUMBER_WITH_UNIT.test(t) || ANY_NUMBER.test(t)
        ? COMPARISON.test(t) || /\bconsecutive\b|\bopens?\b|\bafter \d+\b/i.test(t)
          ? 2
          : 1
        : 0,
    min: 2,
    gapAbsent: 'No circuit breakers or hard limits on the model, the agent or spend.',
    gapPartial: 'Circuit breakers are named without their trip conditions.',
  },
  {
    id: 'compliance-controls',
    deliverable: 'safety-guardrails',
    title: 'Compliance controls',
    headings:
      /\bcompliance\b|\bprivacy\b|\bregulat\w*|\bdata protection\b|\bgovernance\b|\bsecurity and privacy\b/i,
    cue: /\bgdpr\b|\bhipaa\b|\bsoc ?2\b|\biso ?27001\b|\bpci\b|\bccpa\b|\bdpia\b|\bdata processing agreement\b|\bretention\b|\bretain\w*|\bresidency\b|\baudit\w*|\bdeleted\b|\bstored for\b|\bkept for\b|\bzero (?:data )?retention\b|\bin the (?:eu|uk|us)\b|\bregulat\w*|\bpersonal data\b|\bpii\b/i,
    mention:
      /\bcomplian\w*|\bgdpr\b|\bhipaa\b|\bsoc ?2\b|\bprivacy\b|\bregulat\w*|\bdata residency\b|\bretention\b|\bstored for\b/i,
    evidence: (t) =>
      /\b\d+\s*(?:days?|months?|years?)\b|\bregion\b|\bagreement\b|\bdpia\b|\baudit (?:trail|log)\b|\brecords?\b|\bdeleted\b|\bencrypt\w*|\bbarred\b|\bzero\b/i.test(
        t,
      )
        ? 1
        : 0,
    min: 2,
    gapAbsent: 'No compliance controls (data retention, residency, audit, regulation).',
    gapPartial: 'Compliance is claimed without the controls that implement it.',
  },
  // Observability plan
  {
    id: 'metrics-list',
    deliverable: 'observability-plan',
    title: 'Metrics list',
    headings: /\bmetrics\b|\bkpis?\b|\bwhat we measure\b|\bsignals\b/i,
    cue: /\bmetrics?\b|`[a-z]+_[a-z_]+`/i,
    sectionCueOptional: true,
    mention: /\bmetrics?\b|\bprometheus\b|\bkpis?\b|\bmonitor\w*/i,
    evidence: (t, inSection) => {
      const named = countMatches(
        /`[a-z]+_[a-z_]+`|\b(?:error|escalation|resolution|acceptance|hit|override|failure|fallback|validation failure) rate\b|\bcost per \w+|\btokens? per \w+|\b(?:p50|p95|p99)?\s?latency\b|\bthroughput\b|\bcounter\b|\bhistogram\b|\bgauge\b/gi,
        t,
      );
      if (inSection) return named >= 3 ? 2 : named >= 1 ? 1 : 0;
      return named >= 3 && /\bmetrics?\b/i.test(t) ? 2 : 0;
    },
    min: 2,
    gapAbsent: 'No list of metrics.',
    gapPartial: 'Metrics are mentioned but not listed.',
  },
  {
    id: 'trace-design',
    deliverable: 'observability-plan',
    title: 'Trace design',
    headings: /\btrac(?:e|es|ing)\b/i,
    cue: /\btraces?\b|\bspans?\b|\btracing\b|\bopentelemetry\b|\btrace id\b/i,
    sectionCueOptional: true,
    mention: /\btraces?\b|\btracing\b|\bopentelemetry\b|\bspans?\b|\blangsmith\b|\blangfuse\b/i,
    evidence: (t) =>
      either(
        /\bspans?\b/i.test(t),
        /\b(?:one|a) trace per\b|\btrace id\b|\bper (?:step|node|call|activity)\b/i.test(t),
        /\bsampl\w*|\bretention\b|\battributes?\b|\btokens\b|\bmodel\b|\blatency\b/i.test(t),
      ) >= 2
        ? 2
        : 0,
    min: 2,
    gapAbsent: 'No trace design.',
    gapPartial: 'Tracing is mentioned without what is traced (spans, attributes, sampling).',
  },
  {
    id: 'dashboard-specs',
    deliverable: 'observability-plan',
    title: 'Dashboard specs',
    headings: /\bdashboards?\b/i,
    cue: /\bdashboards?\b/i,
    sectionCueOptional: true,
    mention: /\bdashboards?\b|\bgrafana\b|\bkibana\b|\blooker\b/i,
    evidence: (t) =>
      /\bdashboards?\b/i.test(t) || /^\s*(?:[-*]\s*)?\*\*/.test(t)
        ? /\bfor (?:the )?[\w-]+\b|\breviewed\b|\bon-?call\b|\bpanels?\b/i.test(t) &&
          countMatches(/,/g, t) >= 2
          ? 1
          : 0
        : 0,
    min: 2,
    gapAbsent: 'No dashboard specifications.',
    gapPartial: 'Dashboards are mentioned without what they show or who watches them.',
  },
  {
    id: 'alert-thresholds',
    deliverable: 'observability-plan',
    title: 'Alert thresholds',
    headings: /\balert(?:s|ing)?\b/i,
    cue: /\balert\w*|\bfires?\b|\bpage[sd]?\b|\bpaging\b/i,
    sectionCueOptional: true,
    mention: /\balert\w*|\bpag(?:e|ing)\b|\bon-?call\b/i,
    evidence: (t) =>
      Math.min(countMatches(COMPARISON, t) + countMatches(/[<>≤≥]\s*[$€£]?\d/g, t), 3),
    min: 3,
    gapAbsent: 'No alert thresholds.',
    gapPartial: 'Alerts are mentioned without numeric thresholds.',
  },
  {
    id: 'evaluation-methodology',
    deliverable: 'observability-plan',
    title: 'Evaluation methodology',
    headings: /\bevaluation\b|\bevals?\b|\bquality measurement\b|\btesting strategy\b|\bquality\b/i,
    cue: /\beval\w*|\blabel(?:l)?ed (?:set|examples|questions)\b|\bgold(?:en)? set\b|\btest set\b|\bjudge\b|\bbenchmark\b|\bregression (?:set|tests?)\b|\breference answers?\b|\bhuman (?:review|rat\w*)\b/i,
    sectionCueOptional: true,
    mention:
      /\beval\w*|\bmeasure (?:the )?(?:quality|results)\b|\bquality score\b|\bblind tests?\b|\bpreference score\b|\bregression tests?\b/i,
    evidence: (t) => {
      const n = either(
        /\b\d[\d,]*\s+(?:\w+\s+){0,3}(?:examples|questions|tickets|cases|contracts|requests|claims|documents|samples|conversations)\b/i.test(
          t,
        ),
        /\bon every\b|\bbefore (?:any|each|every)\b|\bweekly\b|\bnightly\b|\bmonthly\b|\bin ci\b|\bblocks?\b/i.test(
          t,
        ),
        /\baccuracy\b|\brecall\b|\bprecision\b|\bagreement\b|\bcorrectness\b|\bjudge\b|\bcalibrat\w*|\bscore\b/i.test(
          t,
        ),
      );
      return n >= 2 ? 2 : n === 1 ? 0.5 : 0;
    },
    min: 2,
    gapAbsent:
      'No evaluation method: how answer quality is measured before and after changes is not described.',
    gapPartial: 'Quality evaluation is mentioned without a test set, metrics or when it runs.',
  },
  // Handoff documentation
  {
    id: 'runbook',
    deliverable: 'handoff-documentation',
    title: 'Runbook',
    headings:
      /\brunbook\b|\bplaybook\b|\boperations?\b|\bon-?call\b|\bwhen the\b|\bif the\b|\bprocedures?\b|\bdaily checks\b|\btroubleshooting\b/i,
    cue: /^\s*(?:\d{1,2}(?:\.\d+)*[.)]?|[-*])\s+(?:check|open|run|restart|scale|clear|page|roll ?back|wait|look|find|set|turn|compare|announce|lower|request|block|tell|add|bump|force|restore|reset)\b/i,
    sectionCueOptional: true,
    mention: /\brunbook\b|\bon-?call\b|\btroubleshoot\w*|\bplaybook\b/i,
    evidence: (t) =>
      /^\s*(?:\d{1,2}(?:\.\d+)*[.)]?|[-*])\s+(?:check|open|run|restart|scale|clear|page|roll ?back|wait|look|find|set|turn|compare|announce|lower|request|block|tell|add|bump|force|restore|reset)\b/i.test(
        t,
      ) || /`[^`]*(?:ctl|kubectl|terraform|argocd|temporal)[^`]*`/.test(t)
        ? 1
        : 0,
    min: 6,
    gapAbsent: 'No runbook: nothing tells an operator what to do when the system misbehaves.',
    gapPartial: 'A runbook is referred to but its procedures are not written.',
  },
  {
    id: 'decision-log',
    deliverable: 'handoff-documentation',
    title: 'Decision log',
    headings:
      /\bdecision log\b|\bdecisions\b|\bdecision register\b|\badr index\b|\bkey decisions\b/i,
    cue: /^\s*(?:[-*]\s+|\|\s*)?\d{4}-\d{2}-\d{2}|\bADR-?\d+\b/i,
    sectionCueOptional: true,
    mention: /\bdecision (?:log|records?)\b|\badrs?\b/i,
    evidence: (t) =>
      /\d{4}-\d{2}-\d{2}|\bADR-?\d+\b/i.test(t) &&
      /\b(?:use|adopt|keep|move|drop|limit|replace|choose|chose|only|never|stay|freeze|cap|retire)\w*/i.test(
        t,
      )
        ? 1
        : 0,
    min: 6,
    gapAbsent: 'No decision log.',
    gapPartial: 'Decision records are referred to but not collected in a log.',
  },
  {
    id: 'known-failure-modes',
    deliverable: 'handoff-documentation',
    title: 'Known failure modes',
    headings:
      /\bknown (?:issues|failure modes|failures|problems|limitations|bugs)\b|\blimitations\b|\bcaveats\b/i,
    cue: /\bknown (?:issues?|problems?|limitations?|failure modes?|failures?|bugs?)\b/i,
    sectionCueOptional: true,
    mention: /\bknown (?:issues|problems|limitations)\b|\bedge cases?\b|\blimitations?\b/i,
    evidence: (t) => (t.trim().length > 40 ? 1 : 0),
    min: 2,
    gapAbsent: 'No list of known failure modes or limitations for the team taking over.',
    gapPartial: 'Known issues are alluded to without specifics.',
  },
  {
    id: 'next-iteration',
    deliverable: 'handoff-documentation',
    title: 'Recommended next iteration',
    headings:
      /\bnext (?:iteration|steps|phase)\b|\bfuture (?:work|improvements)\b|\broadmap\b|\brecommendations?\b|\bwhat'?s next\b/i,
    cue: /\bnext iteration\b|\bnext steps\b|\bnext phase\b|\bfuture work\b|\brecommended next\b/i,
    sectionCueOptional: true,
    mention:
      /\bnext (?:iteration|steps?|phase)\b|\bfuture (?:work|improvements)\b|\broadmap\b|\bwe plan to\b/i,
    evidence: (t) => {
      if (
        !/\b(?:q[1-4]|weeks?|months?|sprints?|estimate\w*|pilot|then|add|replace|move|fix|support|extend|migrate)\b/i.test(
          t,
        ) ||
        t.split(/\s+/).length < 6
      )
        return 0;
      return countMatches(/,|;|\band\b/g, t) >= 3 ? 2 : 1;
    },
    min: 2,
    gapAbsent: 'No recommended next iteration.',
    gapPartial: 'Future work is listed without specifics.',
  },
  // Decision records
  {
    id: 'decision-context',
    deliverable: 'decision-records',
    title: 'Context',
    headings:
      /^(?:context|context and problem statement|problem statement|background and context)$/i,
    cue: /^\s*(?:[-*]\s*)?\*{0,2}context\*{0,2}\s*:/i,
    sectionCueOptional: true,
    mention: /\bcontext\b/i,
    evidence: (t) => (t.split(/\s+/).length >= 12 ? 1 : 0),
    min: 2,
    gapAbsent:
      'No decision records: the context, decision, alternatives and consequences of key choices are not written down.',
    gapPartial: 'Decisions are given without the context that forced them.',
  },
  {
    id: 'decision-outcome',
    deliverable: 'decision-records',
    title: 'Decision',
    headings: /^(?:decision|decision outcome|the decision|outcome)$/i,
    cue: /^\s*(?:[-*]\s*)?\*{0,2}decision\*{0,2}\s*:|\bwe (?:will|decided|chose)\b|\bchosen option\b|^\s*(?:[-*]\s+|\|\s*)?\d{4}-\d{2}-\d{2}\b/i,
    sectionCueOptional: true,
    mention: /\bwe (?:chose|decided|picked)\b|\bdecision\b/i,
    evidence: (t) => (t.split(/\s+/).length >= 6 ? 1 : 0),
    min: 2,
    gapAbsent: 'No decision is recorded.',
    gapPartial: 'A decision is mentioned in passing.',
  },
  {
    id: 'alternatives-considered',
    deliverable: 'decision-records',
    title: 'Alternatives considered',
    headings:
      /\balternatives?\b|\bconsidered options\b|\boptions considered\b|\bpros and cons\b|\brejected options\b/i,
    cue: /\balternatives? considered\b|\brejected(?:\s*:| because| as| for| in favou?r)|\b(?:was|were) rejected\b|\bwe (?:also )?(?:considered|evaluated|compared)\b|\boption \d\b|\binstead of\b/i,
    sectionCueOptional: true,
    mention:
      /\balternatives?\b|\binstead of\b|\bcheaper than\b|\brather than\b|\bcompared (?:with|to)\b/i,
    evidence: (t) =>
      /\bbecause\b|\brejected\b|\bbut\b|\bbad\b|\bgood\b|\btoo\b|\bwould\b|\bdoes not\b|\bno\b|:/i.test(
        t,
      ) && t.split(/\s+/).length >= 6
        ? 1
        : 0,
    min: 3,
    gapAbsent: 'No alternatives considered are recorded.',
    gapPartial: 'Alternatives are named without why they were rejected.',
  },
  {
    id: 'consequences',
    deliverable: 'decision-records',
    title: 'Consequences',
    headings: /\bconsequences\b|\btrade-?offs accepted\b|\bimplications\b/i,
    cue: /^\s*(?:[-*]\s*)?\*{0,2}consequences\*{0,2}\s*:/i,
    sectionCueOptional: true,
    mention: /\bconsequences?\b|\btrade-?offs?\b/i,
    evidence: (t) => (t.split(/\s+/).length >= 10 ? 1 : 0),
    min: 2,
    gapAbsent: 'No consequences recorded for the decisions.',
    gapPartial: 'Consequences are stated in a line without the downsides accepted.',
  },
];

export const DELIVERABLES: readonly DeliverableDefinition[] = [
  {
    id: 'architecture-document',
    title: 'Architecture document',
    elements: [
      'system-diagram',
      'component-responsibilities',
      'data-flows',
      'api-contracts',
      'failure-modes',
    ],
    headings: null,
  },
  {
    id: 'infrastructure-specification',
    title: 'Infrastructure specification',
    elements: [
      'cloud-services',
      'deployment-model',
      'scaling-approach',
      'cost-estimates',
      'iac-outline',
    ],
    headings: /\binfrastructure\b|\bhosting\b|\bplatform and deployment\b/i,
  },
  {
    id: 'orchestration-design',
    title: 'Orchestration design',
    elements: ['agent-graph', 'state-machines', 'tool-registry', 'retry-logic'],
    headings: /\borchestration\b|\bagent design\b|\bworkflow design\b/i,
  },
  {
    id: 'safety-guardrails',
    title: 'Safety and guardrails specification',
    elements: [
      'input-output-validation',
      'escalation-triggers',
      'circuit-breakers',
      'compliance-controls',
    ],
    headings: /\bsafety\b|\bguardrails?\b|\brisk controls\b/i,
  },
  {
    id: 'observability-plan',
    title: 'Observability plan',
    elements: [
      'metrics-list',
      'trace-design',
      'dashboard-specs',
      'alert-thresholds',
      'evaluation-methodology',
    ],
    headings: /\bobservability\b|\bmonitoring\b|\btelemetry\b/i,
  },
  {
    id: 'handoff-documentation',
    title: 'Handoff documentation',
    elements: ['runbook', 'decision-log', 'known-failure-modes', 'next-iteration'],
    headings: /\bhand-?off\b|\bhandover\b/i,
  },
  {
    id: 'decision-records',
    title: 'Decision records',
    elements: ['decision-context', 'decision-outcome', 'alternatives-considered', 'consequences'],
    headings: /\bdecision records?\b|\bdecisions\b|\badrs?\b/i,
  },
];

export function elementDefinition(id: ElementId): ElementDefinition {
  const found = ELEMENTS.find((e) => e.id === id);
  if (!found) throw new Error(`unknown element ${id}`);
  return found;
}

/** "API contracts" stays as is; "Failure modes" becomes "failure modes" mid-sentence. */
export const lowerFirst = (title: string): string =>
  title.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
