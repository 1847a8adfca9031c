import { describe, expect, it } from 'vitest';
import {
  actsForDistrict,
  can,
  nominatorStaysInJurisdiction,
  PERMISSIONS,
  type Permission,
  reachOf,
  readsResult,
  readsWholeDistrict,
  refusalOf,
  resultsReach,
  rolesWith,
} from './access.js';
import { OrganizationKind, ResultOutcome, ReviewStatus, Role } from './enums.js';
import { ErrorCode } from './errors.js';

const writes = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => PERMISSIONS[p].write);

describe('a partner department', () => {
  const partner = [Role.PARTNER_READONLY];

  it('never writes, and is told it only reads', () => {
    for (const permission of writes) {
      expect(can(partner, permission)).toBe(false);
      expect(refusalOf(partner, permission)).toBe(ErrorCode.READ_ONLY_ROLE);
    }
  });

  it('reads the whole district but not personal data or the audit log', () => {
    expect(readsWholeDistrict(partner)).toBe(true);
    expect(can(partner, 'results.read')).toBe(false);
    expect(refusalOf(partner, 'persons.reveal')).toBe(ErrorCode.FORBIDDEN);
    expect(refusalOf(partner, 'audit.read')).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('the commendation', () => {
  it('is approved by approvers alone, and managed by the office alone', () => {
    const approvers = Object.values(Role).filter((r) => can([r], 'commendation.approve'));
    expect(approvers).toEqual([Role.APPROVER]);
    expect(Object.values(Role).filter((r) => can([r], 'commendation.manage'))).toEqual([Role.PROGRAM_ADMIN]);
  });

  it('is scored by evaluators alone', () => {
    expect(rolesWith('review.score')).toEqual([Role.EVALUATOR]);
    expect(refusalOf([Role.EVALUATOR], 'commendation.approve')).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('reach', () => {
  it('keeps a unit operator to its own jurisdiction, the office and the reviewers to the district', () => {
    expect(readsWholeDistrict([Role.UNIT_OPERATOR])).toBe(false);
    for (const role of [Role.PROGRAM_ADMIN, Role.EVALUATOR, Role.APPROVER, Role.PARTNER_READONLY])
      expect(readsWholeDistrict([role])).toBe(true);
    expect(readsWholeDistrict([])).toBe(false);
  });

  it('takes the reach of the role that grants the permission, not of any role held', () => {
    // An evaluator who is also a unit's operator reads the district but writes only within its unit.
    const both = { roles: [Role.EVALUATOR, Role.UNIT_OPERATOR] };
    expect(readsWholeDistrict(both)).toBe(true);
    expect(reachOf(both, 'organizations.write')).toBe('jurisdiction');
    expect(actsForDistrict([Role.PROGRAM_ADMIN], 'nominations.submit')).toBe(true);
    expect(reachOf([Role.UNIT_OPERATOR], 'nominations.submit')).toBe('jurisdiction');
    expect(reachOf([Role.APPROVER], 'nominations.submit')).toBeNull();
  });

  it('ignores role names it does not know', () => {
    expect(can(['ROOT'], 'accounts.manage')).toBe(false);
    expect(refusalOf(['ROOT'], 'accounts.manage')).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('nominating units', () => {
  it('nominate within their own jurisdiction, except district-level bodies', () => {
    const districtWide = Object.values(OrganizationKind).filter((k) => !nominatorStaysInJurisdiction(k));
    expect(districtWide.sort()).toEqual(
      [OrganizationKind.DISTRICT_AGENCY, OrganizationKind.DISTRICT_GOVERNMENT, OrganizationKind.MASS_ORGANIZATION].sort(),
    );
    for (const kind of [
      OrganizationKind.TOWNSHIP,
      OrganizationKind.SUBDISTRICT,
      OrganizationKind.COMMUNITY,
      OrganizationKind.VILLAGE,
      OrganizationKind.INDUSTRIAL_CLUSTER_COMMITTEE,
    ]) {
      expect(nominatorStaysInJurisdiction(kind)).toBe(true);
    }
  });

  it('are chosen freely by the office only; an operator nominates as its own unit', () => {
    expect(can([Role.UNIT_OPERATOR], 'nominations.submit')).toBe(true);
    expect(actsForDistrict([Role.UNIT_OPERATOR], 'nominations.submit')).toBe(false);
    expect(can([Role.UNIT_OPERATOR], 'nominations.manage')).toBe(false);
  });
});

describe('results by stage', () => {
  const before = [ReviewStatus.DRAFT, ReviewStatus.SCORING, ReviewStatus.RANKED, ReviewStatus.APPROVED];

  it('are the office’s and the approvers’ at every stage', () => {
    for (const role of [Role.PROGRAM_ADMIN, Role.APPROVER])
      for (const status of Object.values(ReviewStatus)) expect(resultsReach([role], status)).toBe('all');
  });

  it('are read by units, evaluators and partners only once 公示 has started, and only as published', () => {
    for (const role of [Role.UNIT_OPERATOR, Role.EVALUATOR, Role.PARTNER_READONLY]) {
      for (const status of before) {
        expect(resultsReach([role], status)).toBe('none');
        expect(readsResult([role], status, ResultOutcome.SHORTLISTED)).toBe(false);
      }
      expect(readsResult([role], ReviewStatus.PUBLICITY, ResultOutcome.SHORTLISTED)).toBe(true);
      expect(readsResult([role], ReviewStatus.PUBLICITY, ResultOutcome.NOT_SHORTLISTED)).toBe(false);
      expect(readsResult([role], ReviewStatus.FINAL, ResultOutcome.COMMENDED)).toBe(true);
      expect(readsResult([role], ReviewStatus.FINAL, ResultOutcome.NOT_SHORTLISTED)).toBe(false);
    }
  });
});
