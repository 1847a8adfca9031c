import { isUuid } from '@ronghe/types';
import { describe, expect, it } from 'vitest';
import { stableId } from './ids.js';

describe('stableId', () => {
  it('gives every subgraph the same id for the same name', () => {
    expect(stableId('organization', '十八里河镇')).toBe(stableId('organization', '十八里河镇'));
    expect(stableId('organization', '十八里河镇')).not.toBe(stableId('organization', '南曹乡'));
    expect(stableId('organization', 'x')).not.toBe(stableId('task', 'x'));
  });

  it('is a valid version-5 UUID', () => {
    const id = stableId('task', '一');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
  });
});
