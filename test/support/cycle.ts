import { gateway, gatewayData } from './graphql.js';

/** Opens a nomination cycle whose window runs now, as the programme office does each July. */
export async function openCycleNow(adminToken: string, year: number): Promise<string> {
  const now = Date.now();
  const created = await gateway(
    `mutation ($input: CreateCycleInput!) { createNominationCycle(input: $input) { id version } }`,
    {
      input: {
        year,
        opensAt: new Date(now - 3600_000).toISOString(),
        closesAt: new Date(now + 30 * 86_400_000).toISOString(),
        copyPreviousSettings: false,
      },
    },
    adminToken,
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const { id, version } = created.data.createNominationCycle;
  const opened = await gateway(
    `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: OPEN) { id } }`,
    { id, v: version },
    adminToken,
  );
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  return id;
}

/** A unit puts a nomination forward and submits it; the office accepts it. */
export async function nominateAndAccept(input: Record<string, unknown>, operatorToken: string, adminToken: string): Promise<string> {
  const created = (
    await gatewayData(
      `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id version } }`,
      { input },
      operatorToken,
    )
  ).createNomination;
  const submitted = (
    await gatewayData(
      `mutation ($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v) { version } }`,
      { id: created.id, v: created.version },
      operatorToken,
    )
  ).submitNomination;
  await gatewayData(
    `mutation ($id: ID!, $v: Int!) { acceptNomination(id: $id, version: $v) { id } }`,
    { id: created.id, v: submitted.version },
    adminToken,
  );
  return created.id;
}

/** The office closes the call: the accepted nominations are frozen for the review. */
export async function closeCycle(cycleId: string, adminToken: string): Promise<void> {
  const { version } = (await gatewayData(`query ($id: ID!) { nominationCycle(id: $id) { version } }`, { id: cycleId }, adminToken))
    .nominationCycle;
  await gatewayData(
    `mutation ($id: ID!, $v: Int!) { advanceNominationCycle(id: $id, version: $v, to: CLOSED) { id } }`,
    { id: cycleId, v: version },
    adminToken,
  );
}
