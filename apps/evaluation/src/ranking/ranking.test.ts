import { describe, expect, it } from 'vitest';
import { aggregate, type Criterion, rankNominations, type RankingRules, type Score } from './ranking.js';

// Two criteria: 事迹成效 weight 60 out of 10 points, 示范带动 weight 40 out of 5 points.
const criteria: Criterion[] = [
  { id: 'effect', weight: 60, maxScore: 10 },
  { id: 'example', weight: 40, maxScore: 5 },
];
const rules = (over: Partial<RankingRules> = {}): RankingRules => ({
  method: 'MEAN',
  trimMinScores: 5,
  normalizePerEvaluator: false,
  tieBreakers: [],
  ...over,
});
const scoresOf = (nominationId: string, sheet: [string, number, number][]): Score[] =>
  sheet.flatMap(([evaluatorId, effect, example]) => [
    { nominationId, evaluatorId, criterionId: 'effect', value: effect },
    { nominationId, evaluatorId, criterionId: 'example', value: example },
  ]);

describe('aggregation rules', () => {
  it('mean, median and trimmed mean, by hand', () => {
    expect(aggregate([80, 90, 70], 'MEAN', 5).value).toBe(80);
    expect(aggregate([80, 90, 70, 60], 'MEDIAN', 5).value).toBe(75);
    expect(aggregate([80, 90, 70], 'MEDIAN', 5).value).toBe(80);
    // 去掉一个最高分(99)和一个最低分(50): (80 + 85 + 90) / 3 = 85.
    expect(aggregate([80, 99, 85, 50, 90], 'TRIMMED_MEAN', 5)).toEqual({ value: 85, dropped: [1, 3] });
    // Too few scores to trim: a plain mean.
    expect(aggregate([80, 99, 85, 50], 'TRIMMED_MEAN', 5)).toEqual({ value: 78.5, dropped: [] });
    // Equal scores: still one dropped from each end, never the same one twice.
    expect(aggregate([70, 70, 70, 70, 70], 'TRIMMED_MEAN', 5)).toEqual({ value: 70, dropped: [0, 1] });
  });

  it('weights each criterion by its weight on a 0–100 scale', () => {
    // Evaluator gives effect 8/10 and example 4/5: 0.8 × 60 + 0.8 × 40 = 80.
    const [sheet] = rankNominations([{ nominationId: 'n1', position: 1 }], criteria, scoresOf('n1', [['e1', 8, 4]]), rules());
    expect(sheet!.evaluators).toEqual([{ evaluatorId: 'e1', total: 80, normalized: 80, dropped: false }]);
    expect(sheet!.aggregate).toBe(80);
    expect(sheet!.criterionMeans).toEqual({ effect: 80, example: 80 });
  });
});

describe('ranking', () => {
  it('ranks by aggregate and explains what the trimmed mean dropped', () => {
    const scores = [
      // n1 totals: 100, 90, 80, 70, 40 → drop 100 and 40 → 80.
      ...scoresOf('n1', [
        ['e1', 10, 5],
        ['e2', 9, 4.5],
        ['e3', 8, 4],
        ['e4', 7, 3.5],
        ['e5', 4, 2],
      ]),
      // n2 totals: 90 × 5 → 90.
      ...scoresOf('n2', [
        ['e1', 9, 4.5],
        ['e2', 9, 4.5],
        ['e3', 9, 4.5],
        ['e4', 9, 4.5],
        ['e5', 9, 4.5],
      ]),
    ];
    const sheets = rankNominations(
      [
        { nominationId: 'n1', position: 1 },
        { nominationId: 'n2', position: 1 },
      ],
      criteria,
      scores,
      rules({ method: 'TRIMMED_MEAN' }),
    );
    expect(sheets.map((s) => [s.nominationId, s.aggregate, s.rank])).toEqual([
      ['n1', 80, 2],
      ['n2', 90, 1],
    ]);
    expect(
      sheets[0]!.evaluators
        .filter((e) => e.dropped)
        .map((e) => e.evaluatorId)
        .sort(),
    ).toEqual(['e1', 'e5']);
  });

  it('breaks ties by the chain in order, and shares a rank only when the chain cannot', () => {
    // a, b and c all total 80: a = 0.8×60 + 0.8×40 with effect at 80; b and c = 1.0×60 + 0.5×40 with effect at 100.
    const equal = [
      ...scoresOf('a', [['e1', 8, 4]]),
      ...scoresOf('b', [['e1', 10, 2.5]]),
      ...scoresOf('c', [['e1', 10, 2.5]]),
      ...scoresOf('d', [['e1', 5, 2.5]]),
    ];
    const candidates = [
      { nominationId: 'a', position: 1 },
      { nominationId: 'b', position: 2 },
      { nominationId: 'c', position: 2 },
      { nominationId: 'd', position: 1 },
    ];
    const noChain = rankNominations(candidates, criteria, equal, rules());
    expect(noChain.map((s) => [s.nominationId, s.rank, s.tied])).toEqual([
      ['a', 1, true],
      ['b', 1, true],
      ['c', 1, true],
      ['d', 4, false],
    ]);

    const byEffect = rankNominations(candidates, criteria, equal, rules({ tieBreakers: [{ kind: 'CRITERION', criterionId: 'effect' }] }));
    // b and c beat a on effect (100 > 80) but stay tied with each other: they share rank 1, a is 3rd.
    expect(byEffect.map((s) => [s.nominationId, s.rank, s.tied])).toEqual([
      ['a', 3, false],
      ['b', 1, true],
      ['c', 1, true],
      ['d', 4, false],
    ]);
    expect(byEffect[0]!.decidedBy).toBe('CRITERION');

    const chained = rankNominations(
      candidates,
      criteria,
      equal,
      rules({ tieBreakers: [{ kind: 'NOMINATOR_ORDER' }, { kind: 'CRITERION', criterionId: 'effect' }] }),
    );
    // Order first: a (1st in its unit) ahead; b and c both 2nd, still tied after effect too.
    expect(chained.map((s) => [s.nominationId, s.rank, s.tied])).toEqual([
      ['a', 1, false],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 4, false],
    ]);
  });

  it('normalises a strict and a lenient evaluator onto the panel’s scale', () => {
    // e1 is lenient (totals 90, 80), e2 strict (totals 60, 50): both put x above y by the same step.
    const scores = [
      ...scoresOf('x', [
        ['e1', 9, 4.5],
        ['e2', 6, 3],
      ]),
      ...scoresOf('y', [
        ['e1', 8, 4],
        ['e2', 5, 2.5],
      ]),
    ];
    const sheets = rankNominations(
      [
        { nominationId: 'x', position: 1 },
        { nominationId: 'y', position: 1 },
      ],
      criteria,
      scores,
      rules({ normalizePerEvaluator: true }),
    );
    // Panel mean 70, sd sqrt(((20²+10²+10²+20²)/4)) = sqrt(250) ≈ 15.811; each evaluator's ±5 becomes ±15.811.
    expect(sheets[0]!.evaluators.map((e) => e.normalized)).toEqual([85.811, 85.811]);
    expect(sheets[1]!.evaluators.map((e) => e.normalized)).toEqual([54.189, 54.189]);
    expect(sheets.map((s) => s.rank)).toEqual([1, 2]);
  });

  it('leaves a nomination nobody scored unranked', () => {
    const sheets = rankNominations(
      [
        { nominationId: 'n1', position: 1 },
        { nominationId: 'n2', position: 1 },
      ],
      criteria,
      scoresOf('n1', [['e1', 5, 5]]),
      rules(),
    );
    expect(sheets[1]).toMatchObject({ aggregate: null, rank: null });
  });
});

describe('criteria that differ by category', () => {
  it('scores each nomination on the criteria of its own category', () => {
    const rubric: Criterion[] = [
      { id: 'common', weight: 50, maxScore: 10 },
      { id: 'employment', weight: 50, maxScore: 10, categories: ['EMPLOYER'] },
      { id: 'community', weight: 50, maxScore: 10, categories: ['COMMUNITY'] },
    ];
    const scores: Score[] = [
      { nominationId: 'e', evaluatorId: 'x', criterionId: 'common', value: 10 },
      { nominationId: 'e', evaluatorId: 'x', criterionId: 'employment', value: 6 },
      { nominationId: 'c', evaluatorId: 'x', criterionId: 'common', value: 8 },
      { nominationId: 'c', evaluatorId: 'x', criterionId: 'community', value: 10 },
    ];
    const sheets = rankNominations(
      [
        { nominationId: 'e', position: 1, category: 'EMPLOYER' },
        { nominationId: 'c', position: 1, category: 'COMMUNITY' },
      ],
      rubric,
      scores,
      rules(),
    );
    // e: (1.0×50 + 0.6×50) / 100 = 80; c: (0.8×50 + 1.0×50) / 100 = 90.
    expect(sheets.map((s) => [s.nominationId, s.aggregate, s.rank])).toEqual([
      ['e', 80, 2],
      ['c', 90, 1],
    ]);
    expect(Object.keys(sheets[0]!.criterionMeans).sort()).toEqual(['common', 'employment']);
  });
});

describe('a rubric that leaves a category out', () => {
  it('is refused with a clear message naming the category, not a server error', () => {
    const onlyCommunities: Criterion[] = [{ id: 'effect', weight: 1, maxScore: 10, categories: ['COMMUNITY'] }];
    const rank = () => rankNominations([{ nominationId: 'n1', position: 1, category: 'EMPLOYER' }], onlyCommunities, [], rules());
    expect(rank).toThrow(
      expect.objectContaining({
        message: '评分细则中没有适用于「用工单位」类的评分项,请先补充评分细则',
        extensions: expect.objectContaining({ code: 'RUBRIC_INCOMPLETE' }),
      }),
    );
  });
});
