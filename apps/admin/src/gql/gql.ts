/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n": typeof types.UpdateAccountDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n": typeof types.ResetPasswordDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id occurredAt actorUsername entityType entityId action before after }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n": typeof types.LoginDocument,
    "\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { id name kind } } }\n": typeof types.JurisdictionRootsDocument,
    "\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 100, after: $after) { nodes { id name kind } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.JurisdictionChildrenDocument,
    "\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      assignments(first: 50) { totalCount nodes { id role task { code title area } } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n": typeof types.UnitPageDocument,
    "\n  query OrganizationPicker($search: String) {\n    organizations(first: 20, search: $search) { nodes { id name } }\n  }\n": typeof types.OrganizationPickerDocument,
    "\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name gender idNumber phone homeProvince homeCity arrivalDate skills employer { name } community { name } }\n    }\n  }\n": typeof types.PersonsDocument,
    "\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n": typeof types.RevealPersonalDataDocument,
    "\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": typeof types.ImportOrganizationsDocument,
    "\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": typeof types.ImportPersonsDocument,
};
const documents: Documents = {
    "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n": types.UpdateAccountDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n": types.ResetPasswordDocument,
    "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id occurredAt actorUsername entityType entityId action before after }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n": types.LoginDocument,
    "\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { id name kind } } }\n": types.JurisdictionRootsDocument,
    "\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 100, after: $after) { nodes { id name kind } pageInfo { hasNextPage endCursor } } }\n  }\n": types.JurisdictionChildrenDocument,
    "\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      assignments(first: 50) { totalCount nodes { id role task { code title area } } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n": types.UnitPageDocument,
    "\n  query OrganizationPicker($search: String) {\n    organizations(first: 20, search: $search) { nodes { id name } }\n  }\n": types.OrganizationPickerDocument,
    "\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name gender idNumber phone homeProvince homeCity arrivalDate skills employer { name } community { name } }\n    }\n  }\n": types.PersonsDocument,
    "\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n": types.RevealPersonalDataDocument,
    "\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": types.ImportOrganizationsDocument,
    "\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n": types.ImportPersonsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id username displayName roles status version lockedUntil mustChangePassword organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) { createAccount(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id version roles status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $password: String!) { resetPassword(accountId: $id, temporaryPassword: $password) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id occurredAt actorUsername entityType entityId action before after }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String) {\n    auditLog(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id occurredAt actorUsername entityType entityId action before after }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id username displayName roles mustChangePassword organization { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { accessToken refreshToken expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { id name kind } } }\n"): (typeof documents)["\n  query JurisdictionRoots { organizations(kind: DISTRICT_GOVERNMENT, first: 10) { nodes { id name kind } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 100, after: $after) { nodes { id name kind } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query JurisdictionChildren($id: ID!, $after: String) {\n    organization(id: $id) { id children(first: 100, after: $after) { nodes { id name kind } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      assignments(first: 50) { totalCount nodes { id role task { code title area } } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($id: ID!) {\n    organization(id: $id) {\n      id name shortName kind status creditCode address contactPerson contactPhone\n      ancestors { id name }\n      children(first: 100) { totalCount nodes { id name kind } }\n      moveHistory { movedAt from { name } to { name } }\n      assignments(first: 50) { totalCount nodes { id role task { code title area } } }\n      nominationsReceived(first: 50) { nodes { id category status cycle { year } nominator { name } result { rank aggregateScore outcome } } }\n      nominationsMade(first: 50) { nodes { id category status cycle { year } nominee { ... on Organization { name } ... on Person { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPicker($search: String) {\n    organizations(first: 20, search: $search) { nodes { id name } }\n  }\n"): (typeof documents)["\n  query OrganizationPicker($search: String) {\n    organizations(first: 20, search: $search) { nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($first: Int!, $after: String, $kind: OrganizationKind, $search: String) {\n    organizations(first: $first, after: $after, kind: $kind, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name shortName kind status creditCode parent { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name gender idNumber phone homeProvince homeCity arrivalDate skills employer { name } community { name } }\n    }\n  }\n"): (typeof documents)["\n  query Persons($first: Int!, $after: String, $search: String) {\n    persons(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name gender idNumber phone homeProvince homeCity arrivalDate skills employer { name } community { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n"): (typeof documents)["\n  mutation RevealPersonalData($id: ID!) { revealPersonalData(id: $id) { personId idNumber phone } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"): (typeof documents)["\n  mutation ImportOrganizations($file: ImportFileInput!) {\n    importOrganizations(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"): (typeof documents)["\n  mutation ImportPersons($file: ImportFileInput!) {\n    importPersons(file: $file) { totalRows created updated unchanged failed applied errors { row column reason } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;