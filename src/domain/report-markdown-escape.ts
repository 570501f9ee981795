/**
 * Makes user text (names, titles, evidence) inert inside Markdown: it cannot open HTML, a
 * link, emphasis, a table cell or a new block. Line breaks become spaces because a line
 * starting with `#`, `|` or `---` would otherwise start a heading, a row or a rule.
 * Only what could take effect is escaped, so the raw file stays readable ("a < b" stays):
 * an entity or a tag (or an autolink) would be interpreted, a lone & or < would not.
 */
const INLINE = /\s{2,}|[^\S ]|[\\`*_[\]|~#]|&(?=#?\w+;)|<(?=[A-Za-z/!?])/g;
// The same without the g flag: a cheap test that lets most evidence skip the replace.
const NEEDS_ESCAPE = new RegExp(INLINE.source);

function escapeInline(match: string): string {
  if (match === '&') return '&amp;';
  if (match === '<') return '&lt;';
  if (match.length > 1 || /\s/.test(match)) return ' ';
  return `\\${match}`;
}

export function escapeMarkdown(text: string): string {
  const trimmed = text.trim();
  const escaped = NEEDS_ESCAPE.test(trimmed) ? trimmed.replace(INLINE, escapeInline) : trimmed;
  // After a list marker, text starting "- ", "+ ", "> " or "1. " would open a nested block.
  const first = escaped.charCodeAt(0);
  if (first === 45 || first === 43 || first === 61 || first === 62) return `\\${escaped}`; // - + = >
  if (first >= 48 && first <= 57) return escaped.replace(/^(\d+)([.)])/, '$1\\$2');
  return escaped;
}
