import { Navigate } from 'react-router';
import { mayOpen } from '../auth/access';
import { useAuth } from '../auth/AuthProvider';

/** /tasks: the district's readers (the office among them) start from the dashboard, a unit from its own tasks. */
export function TasksHome() {
  const { account } = useAuth();
  return <Navigate to={mayOpen('/tasks/dashboard', account?.roles ?? []) ? '/tasks/dashboard' : '/tasks/mine'} replace />;
}
