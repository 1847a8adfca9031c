import { Spin } from 'antd';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Home } from './auth/access';
import { useAuth } from './auth/AuthProvider';
import { ChangePasswordModal } from './auth/ChangePasswordModal';
import { LoginPage } from './auth/LoginPage';
import { AppLayout } from './layout/AppLayout';
import { AccountsPage } from './accounts/AccountsPage';
import { AuditLogPage } from './audit/AuditLogPage';
import { HolidayCalendarPage } from './evaluation/HolidayCalendarPage';
import { PublicityPage } from './evaluation/PublicityPage';
import { PublicListPage } from './evaluation/PublicListPage';
import { ResultsPage } from './evaluation/ResultsPage';
import { ReviewSetupPage } from './evaluation/ReviewSetupPage';
import { ScoringPage } from './evaluation/ScoringPage';
import { JurisdictionTreePage } from './organizations/JurisdictionTreePage';
import { MoveOrganizationPage } from './organizations/MoveOrganizationPage';
import { OrganizationDetailPage } from './organizations/OrganizationDetailPage';
import { OrganizationsPage } from './organizations/OrganizationsPage';
import { CyclesPage } from './nominations/CyclesPage';
import { NominationFormPage } from './nominations/NominationFormPage';
import { NominationsPage } from './nominations/NominationsPage';
import { PartnersPage } from './partners/PartnersPage';
import { PersonsPage } from './persons/PersonsPage';
import { ImportPage } from './transfer/ImportPage';
import { DashboardPage } from './tasks/DashboardPage';
import { MyTasksPage } from './tasks/MyTasksPage';
import { PolicyDocumentsPage } from './tasks/PolicyDocumentsPage';
import { ReviewQueuePage } from './tasks/ReviewQueuePage';
import { TaskTreePage } from './tasks/TaskTreePage';
import { TasksHome } from './tasks/TasksHome';

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/move', element: <MoveOrganizationPage /> },
      { path: 'organizations/:id', element: <OrganizationDetailPage /> },
      { path: 'jurisdiction', element: <JurisdictionTreePage /> },
      { path: 'persons', element: <PersonsPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'audit', element: <AuditLogPage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'tasks', element: <TasksHome /> },
      { path: 'tasks/documents', element: <PolicyDocumentsPage /> },
      { path: 'tasks/documents/:id', element: <PolicyDocumentsPage /> },
      { path: 'tasks/plan', element: <TaskTreePage /> },
      { path: 'tasks/mine', element: <MyTasksPage /> },
      { path: 'tasks/review', element: <ReviewQueuePage /> },
      { path: 'tasks/dashboard', element: <DashboardPage /> },
      { path: 'nominations', element: <NominationsPage /> },
      { path: 'nominations/new', element: <NominationFormPage /> },
      { path: 'nomination-cycles', element: <CyclesPage /> },
      { path: 'evaluation', element: <ResultsPage /> },
      { path: 'scoring', element: <ScoringPage /> },
      { path: 'review-setup', element: <ReviewSetupPage /> },
      { path: 'publicity', element: <PublicityPage /> },
      { path: 'holiday-calendar', element: <HolidayCalendarPage /> },
      { path: '*', element: <Home /> },
    ],
  },
]);

export function App() {
  const { session, account, loading } = useAuth();
  // The publicity list is public: anyone may read it without signing in.
  // (/publicity is the office's own page, not this one.)
  if (/^\/public\/?$/.test(window.location.pathname)) return <PublicListPage />;
  if (!session) return <LoginPage />;
  if (loading) return <Spin fullscreen />;
  return (
    <>
      <RouterProvider router={router} />
      <ChangePasswordModal open={!!account?.mustChangePassword} />
    </>
  );
}
