// The supervision staff app: the shared staff shell with the supervision office's work areas.
import {
  AlertOutlined,
  AuditOutlined,
  ClearOutlined,
  CommentOutlined,
  CheckSquareOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  HomeOutlined,
  MessageOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { initI18n, StaffShell, useProfile, type ShellConfig } from '@zhengling/web-shell';
import { lazy, StrictMode, Suspense } from 'react';
import { Spin } from 'antd';
import { createRoot } from 'react-dom/client';
import { Navigate, Route, useParams } from 'react-router';
import './supervision.css';
import { CalendarNotice } from './components/calendar-notice';
import { CalendarPage } from './pages/calendar';
import { HolidaysPage } from './pages/holidays';
import { HomePage } from './pages/home';
import { CleanupDetailPage, CleanupListPage } from './pages/cleanups';
import { NormativeDetailPage, NormativeListPage } from './pages/normative';
import { NoticePage, NoticesPage } from './pages/notices';
import { SettingsPage } from './pages/settings';
import { TaskDetailPage } from './pages/task-detail';
import { SuggestionDetailPage, SuggestionListPage, SuggestionOverviewPage } from './pages/suggestions';
import { TasksPage } from './pages/tasks';
import { TRPCProvider, trpcClient } from './trpc';

initI18n();

// the dashboard brings the charting library: loaded when it is first shown, not with every page
const Dashboard = lazy(() => import('./pages/dashboard').then((m) => ({ default: m.DashboardPage })));
function DashboardPage() {
  return (
    <Suspense fallback={<Spin />}>
      <Dashboard />
    </Suspense>
  );
}

/** The office and leaders land on the dashboard; a department on its own to-do list. */
function Landing() {
  const profile = useProfile();
  if (!profile.hasRole('supervision_office', 'administrator', 'district_leader')) return <HomePage />;
  return (
    <>
      {profile.hasRole('supervision_office', 'administrator') && <CalendarNotice />}
      <DashboardPage />
    </>
  );
}

/** The reminder engine links an item as /<app>/<entity type>/<id> (inbox notes, calendar feeds): to its page. */
function EngineLink({ to }: { to: 'tasks' | 'notices' | 'normative' | 'suggestions' }) {
  const { id = '' } = useParams();
  return <Navigate replace to={`/${to}/${id}`} />;
}

const config: ShellConfig = {
  appName: '督查督办',
  menu: [
    { path: '/', label: '首页', icon: <HomeOutlined /> },
    { path: '/todo', label: '本单位待办', icon: <ProfileOutlined />, roles: ['department_staff', 'department_head'] },
    { path: '/dashboard', label: '工作总览', icon: <DashboardOutlined />, roles: ['supervision_office', 'administrator', 'district_leader'] },
    { path: '/tasks', label: '政府工作报告任务', icon: <FileTextOutlined /> },
    { path: '/instructions', label: '领导批示交办', icon: <MessageOutlined /> },
    { path: '/decisions', label: '会议议定事项', icon: <TeamOutlined /> },
    { path: '/notices', label: '督办通知单', icon: <AlertOutlined /> },
    { path: '/normative', label: '规范性文件', icon: <AuditOutlined /> },
    { path: '/cleanups', label: '规范性文件清理', icon: <ClearOutlined /> },
    { path: '/suggestions', label: '建议提案办理', icon: <CommentOutlined /> },
    { path: '/commitments', label: '答复承诺事项', icon: <CheckSquareOutlined /> },
    { path: '/calendar', label: '日历订阅', icon: <CalendarOutlined /> },
    { path: '/holidays', label: '节假日安排', icon: <ScheduleOutlined />, roles: ['supervision_office', 'administrator'] },
    { path: '/settings', label: '配置', icon: <SettingOutlined />, roles: ['supervision_office', 'administrator'] },
  ],
  otherApps: [{ label: '政务公开', port: 3200, path: '/staff/' }],
  routes: (
    <>
      <Route path="/" element={<Landing />} />
      <Route path="/todo" element={<HomePage />} />
      <Route path="/dashboard" element={<DashboardPage />} />
      <Route path="/tasks" element={<TasksPage kind="work_report" />} />
      <Route path="/tasks/:id" element={<TaskDetailPage />} />
      <Route path="/instructions" element={<TasksPage kind="instruction" />} />
      <Route path="/instructions/:id" element={<TaskDetailPage />} />
      <Route path="/decisions" element={<TasksPage kind="meeting_decision" />} />
      <Route path="/decisions/:id" element={<TaskDetailPage />} />
      <Route path="/notices" element={<NoticesPage />} />
      <Route path="/notices/:id" element={<NoticePage />} />
      <Route path="/normative" element={<NormativeListPage />} />
      <Route path="/normative/:id" element={<NormativeDetailPage />} />
      <Route path="/cleanups" element={<CleanupListPage />} />
      <Route path="/cleanups/:id" element={<CleanupDetailPage />} />
      <Route path="/suggestions" element={<SuggestionListPage />} />
      <Route path="/suggestions/overview" element={<SuggestionOverviewPage />} />
      <Route path="/suggestions/:id" element={<SuggestionDetailPage />} />
      <Route path="/commitments" element={<TasksPage kind="suggestion_commitment" />} />
      <Route path="/commitments/:id" element={<TaskDetailPage />} />
      <Route path="/holidays" element={<HolidaysPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/calendar" element={<CalendarPage />} />
      <Route path="/supervision/task/:id" element={<EngineLink to="tasks" />} />
      <Route path="/supervision/notice/:id" element={<EngineLink to="notices" />} />
      <Route path="/supervision/normative/:id" element={<EngineLink to="normative" />} />
      <Route path="/supervision/suggestion/:id" element={<EngineLink to="suggestions" />} />
    </>
  ),
  wrap: (children, queryClient) => (
    <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
      {children}
    </TRPCProvider>
  ),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StaffShell config={config} />
  </StrictMode>,
);
