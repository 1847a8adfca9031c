import { pendingSchemaChanges } from '@ronghe/kit/testing';
import { describe, expect, it } from 'vitest';
import { entities, migrations } from '../entities.js';

describe('the evaluation migrations', () => {
  it('build exactly the tables, columns and indexes the entities describe', async () => {
    expect(await pendingSchemaChanges({ name: 'evaluation', entities, migrations })).toEqual([]);
  });
});
