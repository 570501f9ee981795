// Specificity signals: what separates a passage that specifies something (numbers with units,
// conditions with a designed response, endpoints with fields) from one that merely mentions it.

export const NUMBER_WITH_UNIT =
  /(?:[$€£]\s?\d|\b\d[\d,.]*\s?(?:ms|s|sec|seconds?|min|minutes?|h|hours?|days?|weeks?|%|k|m|tokens?|tpm|rpm|rps|qps|mb|gb|tb|chars?|characters|pages|requests?|calls?|steps?|replicas?|instances?|nodes?|tasks?|times|attempts?|usd|eur|gbp)\b|\bp(?:50|90|95|99)\b)/i;

export const ANY_NUMBER = /\b\d+(?:[.,]\d+)?\b/;

export const MONEY =
  /(?:[$€£]\s?\d[\d,.]*(?:\s?[km]\b)?|\b\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds|cents)\b)/i;

export const COMPARISON =
  /(?:[<>≤≥]=?\s*[$€£]?\d|\b(?:above|below|over|under|exceeds?|exceeding|more than|less than|fewer than|at least|at most|greater than|higher than|lower than|up to)\s+[$€£]?\d)/i;

export const CONDITION = /\b(?:if|when|whenever|unless|once|after|on)\b/i;

/** Designed responses to a failure: the words of a fallback, not of an error message. */
export const RESPONSE =
  /\b(?:fall(?:s|ing)? ?back|fallback|route[sd]?|routing|escalat\w*|switch(?:es|ed)?|retr(?:y|ies|ied)|degrad\w*|queue[sd]?|pause[sd]?|paused|resumes?|skip(?:s|ped)?|drop(?:s|ped)?|mark(?:s|ed)?|block(?:s|ed)?|hold(?:s)?|held|replay(?:s|ed)?|reject(?:s|ed)?|refuse[sd]?|stop(?:s|ped)?|cached|serve[sd]? (?:the )?(?:cached|stale|previous)|previous|yesterday's|approximate|manual|hidden|disabled?|turn(?:s|ed)? off|shed|throttl\w*|regenerat\w*|repair|roll(?:s|ed)? ?back|rollback|re-?run\w*|pin(?:s|ned)?|restart\w*|fail(?:s|ed)? ?over|failover|flag(?:s|ged)?)\b/i;

/** What goes wrong in AI systems and their dependencies. */
export const FAILURE_TRIGGER =
  /\b(?:outage|down|unavailable|unreachable|time[sd]? ?out|timeouts?|429|5xx|50[0-4]|rate[- ]limit\w*|throttled|overloaded|malformed|invalid|fails?|failed|failure|errors?|low[- ]confidence|confidence (?:is )?(?:below|under|<)|hallucinat\w*|injection|loop\w*|runaway|stale|backlog|exceed\w*|slower|latency spike|not (?:finish|respond)\w*|crash\w*|corrupt\w*|drift\w*|poor ocr|leak\w*|breaks?|broken|missing|delayed)\b/i;

export const HTTP_ENDPOINT = /\b(?:GET|POST|PUT|PATCH|DELETE)\s+`?\/[\w{}/:.?=&-]*/;

export const STATUS_CODE =
  /\b[1-5]\d\d\b(?=\s*(?:[({:—–-]|with|when|if|for|on|on|ok|created|accepted|no content|conflict|not|bad|unauthori|forbidden|too|unsupported|payload))/i;

/** Field-level schema: typed fields, JSON objects with several keys, or request/response. */
export const SCHEMA_FIELDS =
  /(?:\{\s*"?\w+"?\s*[:?]|\b\w+\??\s*:\s*(?:string|number|boolean|integer|object|array|date|uuid)\b|\b(?:request|response|returns?|body|payload|input|output)\s*[:=]|\bjson schema\b)/i;

export const DIAGRAM_ART = /(?:-->|->|──▶|─▶|==>|=>|→|▶|◀|▼|▲|↓|↑|<--|<-|\|-+>|\+--|[┌┐└┘])/g;

export const FIGURE_CAPTION =
  /\b(?:figure|fig\.?)\s*\d*\s*[.:–—-]?\s*[^.\n]{0,40}\b(?:architecture|system|component|context|deployment|solution)\s+(?:diagram|view|overview)/i;

export const DIAGRAM_SOURCE =
  /^\s*(?:```\s*mermaid|flowchart\s+(?:LR|RL|TD|TB|BT)|graph\s+(?:LR|RL|TD|TB|BT)|sequenceDiagram|@startuml)/im;

export function countMatches(re: RegExp, text: string): number {
  const global = re.global ? re : new RegExp(re.source, re.flags + 'g');
  global.lastIndex = 0;
  let n = 0;
  while (global.exec(text) !== null) n += 1;
  return n;
}

export function distinctMatches(re: RegExp, text: string): Set<string> {
  const global = re.global ? re : new RegExp(re.source, re.flags + 'g');
  global.lastIndex = 0;
  const found = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = global.exec(text)) !== null) found.add(m[0].toLowerCase());
  return found;
}

export function anyOf(res: readonly RegExp[], text: string): boolean {
  return res.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });
}

/** A drawn diagram: boxes or nodes joined by at least three arrows, or Mermaid/PlantUML. */
export function isDiagramArt(text: string): boolean {
  if (DIAGRAM_SOURCE.test(text)) return true;
  // Drawn, not written: arrows or box corners on at least two lines ("A → B → C" in a
  // sentence is prose).
  const drawnLines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => countMatches(DIAGRAM_ART, l) > 0).length;
  return drawnLines >= 2 && countMatches(DIAGRAM_ART, text) >= 3;
}
