// Detector accuracy beside the speed figures: the scorer of test/unit/detect/real-style.test.ts on the
// real-style development set, its held-out part (reported apart) and the seeds' hand labels.
import { scan } from '../../src/core/detect/index';
import { failures, realStyle, score, seedLabels, table } from '../../test/score/detector-score';

export async function run(): Promise<void> {
  const dev = realStyle('dev');
  const heldout = realStyle('heldout');
  const parts: [string, ReturnType<typeof realStyle>][] = [
    ['development set (tuning part)', dev],
    ['held-out part (written last, not tuned on)', heldout],
    ['all real-style documents', [...dev, ...heldout]],
    ["seeds' labels", seedLabels()],
  ];
  for (const [name, docs] of parts) {
    if (!docs.length) continue;
    const { rows } = score(docs, scan);
    const bar = failures(rows);
    console.log(`\n${table(`${name}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.labels.length, 0)} labels`, rows)}`);
    console.log(bar.length ? `below the issue's bar: ${bar.join('; ')}` : "meets the issue's bar (section F1 >= 0.98, duration F1 >= 0.98, date F1 >= 0.97 with no wrong value, term recall >= 0.95 at precision >= 0.90)");
  }
}
