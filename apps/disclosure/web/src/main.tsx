// The disclosure staff app (政务公开): the shared staff shell with the publishing workflow, interpretations,
// applications and the annual report, at /staff/ of the disclosure server.
import {
  BarChartOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  HomeOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { initI18n, StaffShell, type ShellConfig } from '@zhengling/web-shell';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Navigate, Route, useParams } from 'react-router';
import './disclosure.css';
import { AnnualReportPage } from './pages/annual-report';
import { ApplicationPage } from './pages/application';
import { ApplicationsPage } from './pages/applications';
import { ComparePage } from './pages/compare';
import { HomePage } from './pages/home';
import { ItemPage } from './pages/item';
import { ItemFormPage } from './pages/item-form';
import { ItemsPage } from './pages/items';
import { SettingsPage } from './pages/settings';
import { TRPCProvider, trpcClient } from './trpc';

initI18n();

/** The reminder engine links an item as /<app>/<entity type>/<id> (inbox notes): to its page. */
function EngineLink({ to }: { to: 'items' | 'applications' }) {
  const { id = '' } = useParams();
  return <Navigate replace to={`/${to}/${id}`} />;
}

const OFFICE = ['disclosure_editor', 'administrator'] as const;

const config: ShellConfig = {
  appName: '政务公开',
  basename: '/staff',
  menu: [
    { path: '/', label: '首页', icon: <HomeOutlined /> },
    { path: '/items', label: '公开事项', icon: <FileTextOutlined /> },
    { path: '/applications', label: '依申请公开', icon: <FileSearchOutlined />, roles: [...OFFICE] },
    { path: '/annual-report', label: '年度报告', icon: <BarChartOutlined />, roles: [...OFFICE] },
    { path: '/settings', label: '配置', icon: <SettingOutlined />, roles: [...OFFICE] },
  ],
  otherApps: [{ label: '督查督办', port: 3100, path: '/' }],
  routes: (
    <>
      <Route path="/" element={<HomePage />} />
      <Route path="/items" element={<ItemsPage />} />
      <Route path="/items/new" element={<ItemFormPage />} />
      <Route path="/items/:id" element={<ItemPage />} />
      <Route path="/items/:id/edit" element={<ItemFormPage />} />
      <Route path="/compare" element={<ComparePage />} />
      <Route path="/applications" element={<ApplicationsPage />} />
      <Route path="/applications/:id" element={<ApplicationPage />} />
      <Route path="/annual-report" element={<AnnualReportPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/disclosure/item/:id" element={<EngineLink to="items" />} />
      <Route path="/disclosure/application/:id" element={<EngineLink to="applications" />} />
    </>
  ),
  wrap: (children, queryClient) => (
    <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
      {children}
    </TRPCProvider>
  ),
};

// (an icon the audit entry of the shell may want; kept for the menu's future 审计 entry)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StaffShell config={config} />
  </StrictMode>,
);
