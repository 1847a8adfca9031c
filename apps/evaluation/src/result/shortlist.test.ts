import { ResultOutcome } from '@ronghe/types';
import { describe, expect, it } from 'vitest';
import type { ScoreSheet } from '../ranking/ranking.js';
import { rankWithinCategories, shortlist } from './ranking.service.js';

const sheet = (nominationId: string, rank: number | null): ScoreSheet => ({
  nominationId,
  rank,
  aggregate: rank === null ? null : 100 - rank,
  tied: false,
  decidedBy: null,
  evaluators: [],
  criterionMeans: {},
});
// Ranks 1..6, categories E E C E C M; n6 unscored.
const sheets = [sheet('n1', 1), sheet('n2', 2), sheet('n3', 3), sheet('n4', 4), sheet('n5', 5), sheet('n6', null)];
const category = new Map([
  ['n1', 'E'],
  ['n2', 'E'],
  ['n3', 'C'],
  ['n4', 'E'],
  ['n5', 'C'],
  ['n6', 'M'],
]);

describe('shortlist', () => {
  it('takes the top N by rank', () => {
    const outcome = shortlist(sheets, category, 3, {});
    expect(['n1', 'n2', 'n3', 'n4', 'n6'].map((id) => outcome.get(id))).toEqual([
      ResultOutcome.SHORTLISTED,
      ResultOutcome.SHORTLISTED,
      ResultOutcome.SHORTLISTED,
      ResultOutcome.NOT_SHORTLISTED,
      ResultOutcome.PENDING,
    ]);
  });

  it('gives a capped category’s place to the next-ranked nomination of another', () => {
    const outcome = shortlist(sheets, category, 3, { E: 1 });
    expect(
      [...outcome]
        .filter(([, o]) => o === ResultOutcome.SHORTLISTED)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['n1', 'n3', 'n5']);
  });
});

describe('rank within a category', () => {
  it('follows the overall order, sharing ranks the overall ranking shares', () => {
    const tied = [sheet('a', 1), sheet('b', 2), sheet('c', 2), sheet('d', 4)];
    const cats = new Map([
      ['a', 'X'],
      ['b', 'Y'],
      ['c', 'Y'],
      ['d', 'Y'],
    ]);
    expect(Object.fromEntries(rankWithinCategories(tied, cats))).toEqual({ a: 1, b: 1, c: 1, d: 3 });
  });
});
