import { describe, expect, it } from 'vitest';
import { isValidCreditCode, isValidIdNumber, isValidPhone, maskIdNumber, maskPhone } from './validation.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts codes whose check character is right', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91410104MA44JXXX0C')).toBe(false);
  });
  it('rejects a wrong check character, wrong length and letters outside the code set', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M0001O0Y43')).toBe(false);
  });
});

describe('公民身份号码 (GB 11643-1999)', () => {
  it('accepts numbers whose check character is right, including X', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('440524188001010014')).toBe(false);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
  });
  it('rejects impossible birth dates', () => {
    expect(isValidIdNumber('410104199902301234')).toBe(false);
  });
});

describe('phone numbers', () => {
  it('accepts mobiles and fixed lines', () => {
    expect(isValidPhone('13812345678')).toBe(true);
    expect(isValidPhone('0371-66668888')).toBe(true);
    expect(isValidPhone('1381234567')).toBe(false);
  });
});

describe('masking', () => {
  it('keeps only what identifies a record to a person who already knows it', () => {
    expect(maskIdNumber('410104199001011234')).toBe('4101**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0371-66668888')).toBe('*********8888');
  });
});
