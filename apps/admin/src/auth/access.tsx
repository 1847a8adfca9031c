import { actsForDistrict, can, type Permission, readsWholeDistrict } from '@ronghe/types';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useAuth } from './AuthProvider';

type Roles = readonly string[];

/**
 * Who may open each page, from the access rules in `@ronghe/types`: the menu lists it and the route
 * renders it only for them (the server checks every request again). Pages not listed are open to all.
 */
const PAGE_ACCESS: Record<string, (roles: Roles) => boolean> = {
  '/import': (r) => can(r, 'organizations.write'),
  '/accounts': (r) => can(r, 'accounts.manage'),
  '/audit': (r) => can(r, 'audit.read'),
  '/partners': (r) => can(r, 'partners.manage'),
  '/tasks/dashboard': readsWholeDistrict,
  '/tasks/mine': (r) => can(r, 'reports.submit'),
  '/tasks/review': (r) => can(r, 'reports.review'),
  '/nominations/new': (r) => can(r, 'nominations.submit'),
  '/review-setup': (r) => can(r, 'review.manage'),
  '/scoring': (r) => can(r, 'review.score'),
  '/evaluation': (r) => can(r, 'results.read'),
  '/publicity': (r) => can(r, 'commendation.manage'),
};

export function mayOpen(path: string, roles: Roles): boolean {
  return PAGE_ACCESS[path]?.(roles) ?? true;
}

/** The signed-in account's access rules, for showing only the buttons and filters it may use. */
export function useAccess() {
  const { account } = useAuth();
  const roles = account?.roles ?? [];
  return {
    can: (permission: Permission) => can(roles, permission),
    /** Acts for any unit of the district with this permission (the office), not only for its own. */
    actsForDistrict: (permission: Permission) => actsForDistrict(roles, permission),
    readsWholeDistrict: readsWholeDistrict(roles),
  };
}

/** The current page behind its access rule: a 403 notice instead of a page whose every request would be refused. */
export function Guarded({ children }: { children: ReactNode }) {
  const { account } = useAuth();
  const { pathname } = useLocation();
  if (!mayOpen(pathname, account?.roles ?? [])) return <Result status="403" title="无权访问" subTitle="当前账号无权查看此页面" />;
  return <>{children}</>;
}
