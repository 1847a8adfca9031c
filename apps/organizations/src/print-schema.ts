import { writeSubgraphSdl } from '@ronghe/kit';
import { buildSchema } from './schema.js';

// Build step: the committed SDL is what composition and reviewers read.
const { sdl } = await buildSchema();
await writeSubgraphSdl(sdl, new URL('../schema.graphql', import.meta.url).pathname);
