import { type RequestContext, requireIdentity, MaxCount, MaxLength } from '@ronghe/kit';
import { OrganizationKind, OrganizationStatus, ListLimit, TextLimit } from '@ronghe/types';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Services } from '../services.js';

@ObjectType({ description: '单位的辖区事实(供其他子图在写入时核对)' })
export class UnitFacts {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => OrganizationStatus)
  status: OrganizationStatus;

  @Field(() => [ID], { description: '从区到本单位的各级单位 id(含本单位)' })
  lineage: string[];
}

@ObjectType({ description: '外来务工人员的辖区事实' })
export class PersonFacts {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => [ID], { description: '居住社区和就业单位的各级单位 id' })
  lineage: string[];
}

@ObjectType({ description: '评审专家及其单位的辖区事实' })
export class EvaluatorFacts {
  @Field(() => ID)
  accountId: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => [ID], { description: '从区到本人所在单位的各级单位 id' })
  lineage: string[];
}

@ObjectType()
export class RegistryFacts {
  @Field(() => [UnitFacts])
  units: UnitFacts[];

  @Field(() => [PersonFacts])
  persons: PersonFacts[];
}

const lineageOf = (path: string) => path.split('/').filter(Boolean);
const factsOf = (u: { id: string; name: string; kind: OrganizationKind; status: OrganizationStatus; path: string }): UnitFacts => ({
  id: u.id,
  name: u.name,
  kind: u.kind,
  status: u.status,
  lineage: lineageOf(u.path),
});

/**
 * For other subgraphs only (hidden from the public API by @inaccessible): the kind and place in
 * the jurisdiction tree of units and persons, whatever the caller's own reach, so that the
 * asking subgraph can apply its own rules (may this unit nominate that one?).
 */
@Resolver()
export class FactsResolver {
  @Directive('@inaccessible')
  @Query(() => [EvaluatorFacts], { description: '启用中的评审专家账号' })
  async evaluatorFacts(@Ctx() ctx: RequestContext<Services>): Promise<EvaluatorFacts[]> {
    requireIdentity(ctx.identity);
    const accounts = await ctx.services.accounts.activeWithPermission('review.score');
    const units = await ctx.services.organizations.loaderById(ctx.loaders).loadMany(accounts.map((a) => a.organizationId));
    const pathOf = new Map(
      units
        .filter((u): u is NonNullable<typeof u> & { id: string; path: string } => !!u && !(u instanceof Error))
        .map((u) => [u.id, u.path]),
    );
    return accounts.map((a) => ({
      accountId: a.id,
      username: a.username,
      displayName: a.displayName,
      organizationId: a.organizationId,
      lineage: lineageOf(pathOf.get(a.organizationId) ?? ''),
    }));
  }

  @Directive('@inaccessible')
  @Query(() => [UnitFacts], { description: '按名称精确查找启用中的单位' })
  async unitsByName(
    @Arg('names', () => [String]) @MaxCount(ListLimit.LOOKUP) @MaxLength(TextLimit.NAME) names: string[],
    @Ctx() ctx: RequestContext<Services>,
  ): Promise<UnitFacts[]> {
    requireIdentity(ctx.identity);
    const units = await ctx.services.organizations.findByNames(names);
    return units.map(factsOf);
  }

  @Directive('@inaccessible')
  @Query(() => [UnitFacts], { description: '某几类启用中的单位' })
  async unitsOfKinds(
    @Arg('kinds', () => [OrganizationKind]) @MaxCount(ListLimit.CHOICES) kinds: OrganizationKind[],
    @Ctx() ctx: RequestContext<Services>,
  ): Promise<UnitFacts[]> {
    requireIdentity(ctx.identity);
    const units = await ctx.services.organizations.findByKinds(kinds);
    return units.map(factsOf);
  }

  @Directive('@inaccessible')
  @Query(() => RegistryFacts)
  async registryFacts(
    @Arg('organizationIds', () => [ID]) @MaxCount(ListLimit.LOOKUP) organizationIds: string[],
    @Arg('personIds', () => [ID]) @MaxCount(ListLimit.LOOKUP) personIds: string[],
    @Ctx() ctx: RequestContext<Services>,
  ): Promise<RegistryFacts> {
    requireIdentity(ctx.identity);
    const { organizations, persons } = ctx.services;
    const present = <T>(rows: (T | Error | null)[]) => rows.filter((r): r is T => !!r && !(r instanceof Error));
    const units = present(await organizations.loaderById(ctx.loaders).loadMany(organizationIds));
    const people = present(await persons.loaderById(ctx.loaders).loadMany(personIds));
    const placeIds = people.flatMap((p) => [p.communityId, p.employerId]).filter((id): id is string => !!id);
    const places = present(await organizations.loaderById(ctx.loaders).loadMany(placeIds));
    const pathOf = new Map(places.map((u) => [u.id, u.path]));
    return {
      units: units.map(factsOf),
      persons: people.map((p) => ({
        id: p.id,
        name: p.name,
        lineage: [...new Set([p.communityId, p.employerId].flatMap((id) => (id && pathOf.has(id) ? lineageOf(pathOf.get(id)!) : [])))],
      })),
    };
  }
}
