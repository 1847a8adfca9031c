import { type Caller, DomainError, newId, onUniqueViolation, recordAct, requirePermission } from '@ronghe/kit';
import type { Clock } from '@ronghe/kit/clock';
import { aggregationPanelProblem, DEFAULT_COMMENDING_AGENCIES, defaultAggregation, ErrorCode, ReviewStatus } from '@ronghe/types';
import type { DataSource, EntityManager } from 'typeorm';
import { Criterion } from '../criterion/criterion.entity.js';
import type { CriterionInput } from '../criterion/criterion.inputs.js';
import type { CriterionService } from '../criterion/criterion.service.js';
import { ReviewNomination } from '../review/review-nomination.entity.js';
import { AggregationMethod, type ReviewRules, TieBreakerKind } from '../review/review-rules.js';
import { Review } from '../review/review.entity.js';
import type { ReviewService } from '../review/review.service.js';
import type { Upstream } from '../upstream/upstream.client.js';

// numeric(8, 3) holds five digits before the point.
const MAX_NUMERIC = 100_000;

/** The rules a new review starts with: an aggregation its panel can carry out. */
export function defaultRules(evaluatorsPerNomination: number): ReviewRules {
  const { method, trimMinScores } = defaultAggregation(evaluatorsPerNomination);
  return {
    method: AggregationMethod[method],
    trimMinScores,
    normalizePerEvaluator: false,
    tieBreakers: [{ kind: TieBreakerKind.NOMINATOR_ORDER }],
  };
}

/** Setting up a review: its frozen nominations, its rubric and its rules, fixed once scoring starts. */
export class ReviewSetupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly criteria: CriterionService,
    private readonly upstream: Upstream,
    private readonly clock: Clock,
  ) {}

  /** Opens the review of a closed cycle, copying the nominations frozen at its close. */
  async create(
    caller: Caller,
    input: {
      cycleId: string;
      year: number;
      title: string;
      shortlistSize: number;
      evaluatorsPerNomination: number;
      commendingAgencyIds?: string[];
      publicityWorkingDays?: number;
      rules?: ReviewRules | null;
      criteria?: CriterionInput[] | null;
      categoryCaps?: Record<string, number> | null;
    },
  ): Promise<Review> {
    const admin = requirePermission(caller.identity, 'review.manage');
    if (input.shortlistSize < 1) throw new DomainError(ErrorCode.BAD_USER_INPUT, '表彰名额至少为 1', { field: 'shortlistSize' });
    if ((input.publicityWorkingDays ?? 5) < 5)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '公示期不少于 5 个工作日', { field: 'publicityWorkingDays' });
    if (input.evaluatorsPerNomination < 1)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '每个推荐至少 1 名专家', { field: 'evaluatorsPerNomination' });
    const rules = input.rules ?? defaultRules(input.evaluatorsPerNomination);
    assertRulesValid(rules, input.evaluatorsPerNomination);
    // Tie-breakers by criterion name criteria by id, which a rubric entered with the review does not have yet.
    assertTieBreakersResolve(rules, []);
    if (input.criteria?.length) assertCriteriaValid(input.criteria);
    const caps = input.categoryCaps ?? {};
    assertCapsValid(caps);
    const frozen = await this.upstream.frozenNominations(input.cycleId, admin);
    // The notice names the two commending agencies; another pair can be configured.
    const agencies = input.commendingAgencyIds?.length
      ? input.commendingAgencyIds
      : [...(await this.upstream.unitIdsByName(DEFAULT_COMMENDING_AGENCIES, admin)).values()];
    const id = newId();
    const duplicate = () => new DomainError(ErrorCode.DUPLICATE, '该年度的评审已存在', { field: 'cycleId' });
    // The check gives the usual answer; the unique key answers the same for two racing creations.
    const write = () =>
      this.dataSource.transaction(async (tx) => {
        if (await tx.getRepository(Review).existsBy({ cycleId: input.cycleId })) throw duplicate();
        await tx.getRepository(Review).insert({
          id,
          cycleId: input.cycleId,
          year: input.year,
          title: input.title.trim() || `${input.year}年度十类典型考核评审`,
          status: ReviewStatus.DRAFT,
          shortlistSize: input.shortlistSize,
          evaluatorsPerNomination: input.evaluatorsPerNomination,
          rules,
          categoryCaps: caps,
          rulesVersion: 1,
          commendingAgencyIds: agencies,
          shortlistVersion: 0,
          publicityWorkingDays: input.publicityWorkingDays ?? 5,
        });
        if (frozen.length)
          await tx
            .getRepository(ReviewNomination)
            .insert(frozen.map(({ id: nominationId, ...n }) => ({ ...n, nominationId, reviewId: id })));
        if (input.criteria?.length) await insertCriteria(tx, id, input.criteria);
        await recordAct(tx, admin, { action: 'review.create', subjectType: 'Review', subjectId: id, detail: { year: input.year } });
        return this.reviews.require(id, tx);
      });
    return onUniqueViolation(write, { review_cycle_id_key: duplicate });
  }

  async setRules(caller: Caller, reviewId: string, rules: ReviewRules): Promise<Review> {
    requirePermission(caller.identity, 'review.manage');
    return this.editRules(reviewId, async (tx, review) => {
      assertRulesValid(rules, review.evaluatorsPerNomination);
      assertTieBreakersResolve(rules, await this.criteria.ofReview(review.id, tx));
      await tx.getRepository(Review).update({ id: review.id }, { rules, rulesVersion: () => 'rules_version + 1' });
      await recordAct(tx, caller.identity, { action: 'review.rules', subjectType: 'Review', subjectId: review.id, detail: { rules } });
    });
  }

  /** At most `cap` shortlisted per category; part of the rules, frozen with them. */
  async setCategoryCaps(caller: Caller, reviewId: string, caps: Record<string, number>): Promise<Review> {
    requirePermission(caller.identity, 'review.manage');
    assertCapsValid(caps);
    return this.editRules(reviewId, async (tx, review) => {
      await tx.getRepository(Review).update({ id: review.id }, { categoryCaps: caps, rulesVersion: () => 'rules_version + 1' });
      await recordAct(tx, caller.identity, { action: 'review.caps', subjectType: 'Review', subjectId: review.id, detail: { caps } });
    });
  }

  /** Replaces the rubric while the rules are not yet frozen. */
  async setCriteria(caller: Caller, reviewId: string, inputs: CriterionInput[]): Promise<Criterion[]> {
    requirePermission(caller.identity, 'review.manage');
    assertCriteriaValid(inputs);
    return this.dataSource.transaction(async (tx) => {
      const review = await this.lockEditable(reviewId, tx);
      await tx.getRepository(Criterion).delete({ reviewId: review.id });
      await tx.getRepository(Review).update({ id: review.id }, { rulesVersion: () => 'rules_version + 1' });
      await insertCriteria(tx, review.id, inputs);
      await recordAct(tx, caller.identity, {
        action: 'review.criteria',
        subjectType: 'Review',
        subjectId: review.id,
        detail: { count: inputs.length },
      });
      return this.criteria.ofReview(review.id, tx);
    });
  }

  /** Scoring starts: from now on the rubric and rules are frozen, so every score is read the same way. */
  async startScoring(caller: Caller, reviewId: string): Promise<Review> {
    requirePermission(caller.identity, 'review.manage');
    return this.editRules(reviewId, async (tx, review) => {
      const criteria = await this.criteria.ofReview(review.id, tx);
      if (criteria.length === 0) throw new DomainError(ErrorCode.RUBRIC_INCOMPLETE, '请先设置评分细则');
      // Rules stored before the panel rule existed are checked once more before they freeze.
      assertRulesValid(review.rules, review.evaluatorsPerNomination);
      // The rubric may have been replaced after the rules named one of its criteria.
      assertTieBreakersResolve(review.rules, criteria);
      await tx.getRepository(Review).update({ id: review.id }, { status: ReviewStatus.SCORING, rulesFrozenAt: this.clock() });
      await recordAct(tx, caller.identity, { action: 'review.start-scoring', subjectType: 'Review', subjectId: review.id });
    });
  }

  /**
   * A change to the rubric or rules, with the review row locked and checked unfrozen in the same
   * transaction: a change racing the start of scoring lands before it or is refused.
   */
  private async editRules(reviewId: string, work: (tx: EntityManager, review: Review) => Promise<void>): Promise<Review> {
    await this.dataSource.transaction(async (tx) => work(tx, await this.lockEditable(reviewId, tx)));
    return this.reviews.require(reviewId);
  }

  private async lockEditable(reviewId: string, tx: EntityManager): Promise<Review> {
    const review = await this.reviews.lock(reviewId, tx);
    if (review.rulesFrozenAt) throw new DomainError(ErrorCode.RUBRIC_FROZEN, '评分已开始,评分细则和规则已冻结');
    return review;
  }
}

/** Rules a panel of `evaluatorsPerNomination` can carry out as written. */
function assertRulesValid(rules: ReviewRules, evaluatorsPerNomination: number) {
  if (rules.trimMinScores < 3)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, '去掉最高最低分至少需要 3 份评分', { field: 'trimMinScores' });
  const problem = aggregationPanelProblem(rules, evaluatorsPerNomination);
  if (problem) throw new DomainError(ErrorCode.BAD_USER_INPUT, problem, { field: 'method' });
}

function assertCapsValid(caps: Record<string, number>) {
  for (const [category, cap] of Object.entries(caps)) {
    if (!Number.isInteger(cap) || cap < 0)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${category}」的入围上限应为不小于 0 的整数`, { field: 'categoryCaps' });
  }
}

function assertCriteriaValid(inputs: CriterionInput[]) {
  if (inputs.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '至少需要一项评分细则', { field: 'criteria' });
  for (const [i, c] of inputs.entries()) {
    const which = c.name.trim() ? `评分细则「${c.name.trim()}」` : `第 ${i + 1} 项评分细则`;
    if (!c.name.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${which}缺少名称`, { field: 'name', index: i });
    if (!(c.weight > 0)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${which}的权重应大于 0`, { field: 'weight', index: i });
    if (!(c.maxScore > 0)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${which}的满分应大于 0`, { field: 'maxScore', index: i });
    // Stored as numeric(8, 3): below 100000.
    if (c.weight >= MAX_NUMERIC || c.maxScore >= MAX_NUMERIC) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${which}的权重和满分都应小于 ${MAX_NUMERIC}`, {
        field: c.weight >= MAX_NUMERIC ? 'weight' : 'maxScore',
        index: i,
      });
    }
  }
}

function insertCriteria(tx: EntityManager, reviewId: string, inputs: CriterionInput[]) {
  return tx.getRepository(Criterion).insert(
    inputs.map((c, i) => ({
      id: newId(),
      reviewId,
      name: c.name.trim(),
      weight: c.weight,
      maxScore: c.maxScore,
      taskArea: c.taskArea ?? null,
      categories: c.categories ?? [],
      sortOrder: i + 1,
    })),
  );
}

/** A CRITERION tie-breaker must name a criterion of the current rubric. */
function assertTieBreakersResolve(rules: ReviewRules, criteria: Criterion[]) {
  for (const t of rules.tieBreakers) {
    if (t.kind === TieBreakerKind.CRITERION && !criteria.some((c) => c.id === t.criterionId)) {
      throw new DomainError(ErrorCode.TIE_BREAKER_UNRESOLVED, '同分比较规则引用的评分细则不存在(评分细则可能已被替换),请重新设置规则', {
        field: 'tieBreakers',
      });
    }
  }
}
