import { readFile } from 'node:fs/promises';
import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * The public API schema the gateway serves, composed at build time and committed
 * (apps/gateway/api-schema.graphql). Operations registered for partner clients are validated
 * against it, so a registered operation is one the gateway can run. Read once, on first use.
 */
const DEFAULT_PATH = new URL('../../../gateway/api-schema.graphql', import.meta.url);

let loaded: Promise<GraphQLSchema> | null = null;

export function apiSchema(path: string | URL = DEFAULT_PATH): Promise<GraphQLSchema> {
  loaded ??= readFile(path, 'utf8').then((sdl) => buildSchema(sdl));
  return loaded;
}
