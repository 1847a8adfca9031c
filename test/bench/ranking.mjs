// Bench: ranking 50,000 nominations with five evaluators' scores each (four weighted criteria),
// by every aggregation rule, with normalisation and a tie-break chain. Needs the build
// (apps/evaluation/dist). Target: seconds, on this 2-core machine.
import { rankNominations } from '../../apps/evaluation/dist/ranking/ranking.js';

const NOMINATIONS = Number(process.env.BENCH_NOMINATIONS ?? 50_000);
const EVALUATORS_PER_NOMINATION = 5;
const PANEL = 40;
const criteria = [
  { id: 'c1', weight: 40, maxScore: 10 },
  { id: 'c2', weight: 30, maxScore: 10 },
  { id: 'c3', weight: 20, maxScore: 5 },
  { id: 'c4', weight: 10, maxScore: 5 },
];

let seed = 42;
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const candidates = [];
const scores = [];
for (let n = 0; n < NOMINATIONS; n++) {
  const nominationId = `n${n}`;
  candidates.push({ nominationId, position: 1 + (n % 3) });
  const first = Math.floor(random() * PANEL);
  for (let k = 0; k < EVALUATORS_PER_NOMINATION; k++) {
    const evaluatorId = `e${(first + k * 7) % PANEL}`;
    for (const c of criteria)
      scores.push({ nominationId, evaluatorId, criterionId: c.id, value: Math.round(random() * c.maxScore * 2) / 2 });
  }
}

const runs = [
  { method: 'MEAN', normalizePerEvaluator: false },
  { method: 'MEDIAN', normalizePerEvaluator: false },
  { method: 'TRIMMED_MEAN', normalizePerEvaluator: false },
  { method: 'TRIMMED_MEAN', normalizePerEvaluator: true },
];
console.log(
  `ranking ${NOMINATIONS.toLocaleString()} nominations × ${EVALUATORS_PER_NOMINATION} evaluators × ${criteria.length} criteria (${scores.length.toLocaleString()} scores)`,
);
const results = [];
for (const run of runs) {
  const rules = { ...run, trimMinScores: 5, tieBreakers: [{ kind: 'CRITERION', criterionId: 'c1' }, { kind: 'NOMINATOR_ORDER' }] };
  rankNominations(candidates.slice(0, 1000), criteria, scores.slice(0, 1000 * 20), rules); // warm-up
  const started = performance.now();
  const sheets = rankNominations(candidates, criteria, scores, rules);
  const ms = performance.now() - started;
  const ranked = sheets.filter((s) => s.rank !== null).length;
  const shared = sheets.filter((s) => s.tied).length;
  results.push({
    rule: `${run.method}${run.normalizePerEvaluator ? ' + normalised' : ''}`,
    seconds: (ms / 1000).toFixed(2),
    ranked,
    sharedRanks: shared,
  });
}
console.table(results);
const worst = Math.max(...results.map((r) => Number(r.seconds)));
if (worst > 10) {
  console.error(`ranking took ${worst} s: more than the 10 s budget`);
  process.exit(1);
}
