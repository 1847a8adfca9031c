import { describe, expect, it } from 'vitest';
import { maskName } from './mask.js';

describe('names on the public list', () => {
  it('keep the surname of a person and mask the rest', () => {
    expect(maskName('王建华')).toBe('王**');
    expect(maskName('李娜')).toBe('李*');
  });
});
