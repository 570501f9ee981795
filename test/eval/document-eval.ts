// `npm run eval`: precision, recall and F1 of the document analyser per element and overall,
// on the labelled set; exits non-zero when overall F1 < 0.85 or a README is judged an
// architecture document. Add --verbose to list every disagreement with the labels.
import { ELEMENT_IDS } from '../../src/domain/document-analysis-catalogue';
import { F1_TARGET, runEval, type Scores } from './document-eval-core';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (name: string, s: Scores): string =>
  `${name.padEnd(26)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`;

const report = runEval();
const lines: string[] = [];
lines.push(
  `Document analyser evaluation — ${report.documents} labelled documents (positive class: "present")`,
);
lines.push('');
lines.push(`${'element'.padEnd(26)} prec%  rec%   F1%    TP  FP  FN`);
for (const id of ELEMENT_IDS) lines.push(row(id, report.perElement[id]));
lines.push('-'.repeat(64));
lines.push(row('OVERALL (micro)', report.overall));
lines.push(row(`tuning set (${report.tuning.documents} docs)`, report.tuning));
lines.push(row(`held-out set (${report.heldOut.documents} docs)`, report.heldOut));
lines.push('');
const { labelledPartial, predictedPartial } = report.partialAccuracy;
lines.push(
  `Partial: ${predictedPartial}/${labelledPartial} labelled-partial elements predicted partial (${pct(labelledPartial ? predictedPartial / labelledPartial : 1).trim()}%); three-class accuracy ${pct(report.threeClassAccuracy).trim()}%`,
);
lines.push(`Document kind accuracy: ${pct(report.kindAccuracy).trim()}%`);
for (const e of report.kindErrors)
  lines.push(`  kind ${e.file}: expected ${e.expected}, got ${e.predicted}`);
lines.push(
  `Engineering READMEs judged architecture documents: ${report.readmesJudgedArchitecture.length} (target 0)`,
);
lines.push(`Slowest analysis: ${report.slowestMs.toFixed(1)} ms`);
if (process.argv.includes('--verbose')) {
  lines.push('');
  lines.push('Disagreements with the labels:');
  for (const m of report.mismatches)
    lines.push(`  ${m.file}  ${m.element}: expected ${m.expected}, got ${m.predicted}`);
}
console.log(lines.join('\n'));

const failures: string[] = [];
if (report.overall.f1 < F1_TARGET)
  failures.push(`overall F1 ${pct(report.overall.f1).trim()}% is below ${F1_TARGET * 100}%`);
if (report.readmesJudgedArchitecture.length > 0)
  failures.push(
    `READMEs judged architecture documents: ${report.readmesJudgedArchitecture.join(', ')}`,
  );
if (failures.length > 0) {
  console.error(`\nFAIL: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nPASS');
