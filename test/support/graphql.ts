import { inject } from 'vitest';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Posts an operation to a GraphQL endpoint over real HTTP. */
export async function post<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export const system = () => inject('system');

/** Queries the gateway, signed in when a token is given. */
export const gateway = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
  post<T>(system().gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {});

/** Signs in through the gateway and returns the access token. */
export async function login(username: string, password = 'Ronghe@2026'): Promise<string> {
  const { data, errors } = await gateway<{ login: { accessToken: string } }>(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: password },
  );
  if (!data?.login) throw new Error(`login failed: ${JSON.stringify(errors)}`);
  return data.login.accessToken;
}

/** Queries the gateway and returns its data, failing the test on any error. */
export async function gatewayData<T = any>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const { data, errors } = await gateway<T>(query, variables, token);
  if (errors) throw new Error(JSON.stringify(errors));
  return data as T;
}

/** The id of the unit with exactly this name. */
export async function unitIdByName(name: string, token: string): Promise<string> {
  const data = await gatewayData(`query ($s: String!) { organizations(search: $s) { nodes { id name } } }`, { s: name }, token);
  return data.organizations.nodes.find((n: { name: string }) => n.name === name).id;
}
