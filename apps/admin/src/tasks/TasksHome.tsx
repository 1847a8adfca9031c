import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';

/** /tasks: the office starts from the dashboard, a unit from its own tasks, the district's readers from the dashboard. */
export function TasksHome() {
  const { account } = useAuth();
  const roles = account?.roles ?? [];
  if (roles.includes('PROGRAM_ADMIN')) return <Navigate to="/tasks/dashboard" replace />;
  if (roles.includes('UNIT_OPERATOR')) return <Navigate to="/tasks/mine" replace />;
  return <Navigate to="/tasks/dashboard" replace />;
}
