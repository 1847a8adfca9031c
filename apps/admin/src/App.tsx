import { Spin } from 'antd';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { useAuth } from './auth/AuthProvider';
import { LoginPage } from './auth/LoginPage';
import { UnderConstruction } from './common/UnderConstruction';
import { AppLayout } from './layout/AppLayout';
import { OrganizationsPage } from './organizations/OrganizationsPage';

const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/organizations" replace /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'tasks', element: <UnderConstruction title="任务督导" /> },
      { path: 'nominations', element: <UnderConstruction title="典型推荐" /> },
      { path: 'evaluation', element: <UnderConstruction title="考核评审" /> },
      { path: '*', element: <Navigate to="/organizations" replace /> },
    ],
  },
]);

export function App() {
  const { session, loading } = useAuth();
  if (!session) return <LoginPage />;
  if (loading) return <Spin fullscreen />;
  return <RouterProvider router={router} />;
}
