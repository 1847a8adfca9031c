import { actsForDistrict, can, type Permission, readsWholeDistrict } from '@ronghe/types';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthProvider';

type Roles = readonly string[];

/**
 * Who may open each page, from the access rules in `@ronghe/types`: the menu lists it and the route
 * renders it only for them (the server checks every request again). Pages not listed are open to all.
 */
const PAGE_ACCESS: Record<string, (roles: Roles) => boolean> = {
  '/import': (r) => can(r, 'organizations.write'),
  '/organizations/move': (r) => can(r, 'organizations.write'),
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
  '/holiday-calendar': (r) => can(r, 'commendation.manage'),
};

export function mayOpen(path: string, roles: Roles): boolean {
  return PAGE_ACCESS[path]?.(roles) ?? true;
}

/**
 * Where each role starts, the first that applies: the office on its dashboard, a unit on its own
 * tasks, an evaluator on the nominations to score, an approver on the list to approve, a partner
 * department on the district's dashboard.
 */
const HOMES: [string, (roles: Roles) => boolean][] = [
  ['/tasks/dashboard', (r) => can(r, 'nominations.manage')],
  ['/tasks/mine', (r) => can(r, 'reports.submit')],
  ['/scoring', (r) => can(r, 'review.score')],
  ['/evaluation', (r) => can(r, 'commendation.approve')],
  ['/tasks/dashboard', readsWholeDistrict],
];

export function homeOf(roles: Roles): string {
  return HOMES.find(([, applies]) => applies(roles))?.[0] ?? '/organizations';
}

/** Sends the signed-in account to its own work (at `/` and for an address the client does not know). */
export function Home() {
  const { account } = useAuth();
  return <Navigate to={homeOf(account?.roles ?? [])} replace />;
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
  if (!mayOpen(pathname, account?.roles ?? []))
    return (
      <Result
        status="403"
        title="无权访问"
        subTitle="当前账号无权使用此页面"
        extra={
          <Link to={homeOf(account?.roles ?? [])}>
            <Button type="primary">回到我的工作</Button>
          </Link>
        }
      />
    );
  return <>{children}</>;
}
