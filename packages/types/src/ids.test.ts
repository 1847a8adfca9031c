import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, isUuid } from './ids.js';

describe('cursors', () => {
  it('round-trips sort keys, including Chinese text', () => {
    const cursor = encodeCursor(['管城回族区', '2f1c']);
    expect(decodeCursor(cursor)).toEqual(['管城回族区', '2f1c']);
  });
  it('rejects what it did not issue', () => {
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(encodeCursor([]).slice(0, 1))).toBeNull();
  });
});

describe('isUuid', () => {
  it('accepts canonical uuids only', () => {
    expect(isUuid('7f9c24e5-2b8e-4b7b-9a6a-1a2b3c4d5e6f')).toBe(true);
    expect(isUuid('7f9c24e5')).toBe(false);
  });
});
