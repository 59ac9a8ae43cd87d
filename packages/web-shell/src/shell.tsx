// The staff shell both apps' pages live in (shared/UI-NOTES.md): a left menu by work area, a header with the district,
// the user's department and role and the inbox count, sign-in, password change, links between the two apps.
// It decides nothing about access: it shows what the server answers, and hides only what the server would refuse.
import { BellOutlined, LogoutOutlined, KeyOutlined, SwapOutlined, TranslationOutlined } from '@ant-design/icons';
import { type QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { ShellRouter } from '@zhengling/server-kit/shell-router';
import {
  App as AntApp,
  Badge,
  Button,
  ConfigProvider,
  Dropdown,
  Form,
  Input,
  Layout,
  Menu,
  Modal,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes, useLocation, useNavigate } from 'react-router';
import { LANGUAGE_KEY } from './i18n';
import { tableDateTime } from './format';
import { createClient, createQueryClient, messageOf, setCsrfToken } from './trpc';

const shellTrpc = createTRPCContext<ShellRouter>();
export const useShellTrpc = shellTrpc.useTRPC;

export type Role =
  | 'supervision_office'
  | 'department_staff'
  | 'department_head'
  | 'district_leader'
  | 'disclosure_editor'
  | 'legal_reviewer'
  | 'administrator';

export const ROLE_LABEL: Record<Role, string> = {
  supervision_office: '督查办',
  department_staff: '部门工作人员',
  department_head: '单位负责人',
  district_leader: '区政府领导',
  disclosure_editor: '政务公开编辑',
  legal_reviewer: '合法性审查',
  administrator: '系统管理员',
};

export interface Profile {
  user: { id: string; username: string; displayName: string; departmentId: string; roles: Role[] };
  departmentName: string;
  districtName: string;
  district: string;
  hasRole(...roles: Role[]): boolean;
}

const ProfileContext = createContext<Profile | null>(null);
/** The signed-in user (pages render only inside the shell, after sign-in). */
export function useProfile(): Profile {
  const p = useContext(ProfileContext);
  if (!p) throw new Error('useProfile outside the signed-in shell');
  return p;
}

export interface MenuEntry {
  path: string;
  label: string;
  icon?: ReactNode;
  /** shown only to these roles (the server refuses the rest anyway) */
  roles?: Role[];
}

export interface ShellConfig {
  /** the app's name in the header, e.g. 督查督办 */
  appName: string;
  menu: MenuEntry[];
  /** the app's routes (react-router <Route> elements) */
  routes: ReactNode;
  /** where the app's pages live under its host, e.g. /staff (default: the root) */
  basename?: string;
  /** the other staff apps, by port and path on the same host (one sign-in serves both: the session cookie is per host) */
  otherApps?: { label: string; port: number; path: string }[];
  /** wraps the pages with the app's own providers (its tRPC client) sharing the shell's query cache */
  wrap?: (children: ReactNode, queryClient: QueryClient) => ReactNode;
}

export function StaffShell({ config }: { config: ShellConfig }) {
  const [queryClient] = useState(createQueryClient);
  const [client] = useState(() => createClient<ShellRouter>());
  const { i18n } = useTranslation();
  const page = (
    <BrowserRouter basename={config.basename}>
      <Gate config={config} />
    </BrowserRouter>
  );
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 4, fontSize: 14 } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <shellTrpc.TRPCProvider trpcClient={client} queryClient={queryClient}>
            {config.wrap ? config.wrap(page, queryClient) : page}
          </shellTrpc.TRPCProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}

function Gate({ config }: { config: ShellConfig }) {
  const trpc = useShellTrpc();
  const profile = useQuery(trpc.profile.queryOptions());
  const { t } = useTranslation();
  if (profile.isPending)
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin tip={t('loading')} />
      </div>
    );
  if (profile.isError)
    return <Result status="error" title={t('error')} subTitle={messageOf(profile.error)} />;
  if (!profile.data) return <SignIn appName={config.appName} />;
  setCsrfToken(profile.data.csrfToken);
  const data = profile.data;
  const value: Profile = {
    user: data.user as Profile['user'],
    departmentName: data.departmentName,
    districtName: data.districtName,
    district: data.district,
    hasRole: (...roles) => (data.user.roles as Role[]).some((r) => roles.includes(r)),
  };
  return (
    <ProfileContext.Provider value={value}>
      <Frame config={config} />
      {data.user.mustChangePassword && <ChangePassword open forced onClose={() => undefined} />}
    </ProfileContext.Provider>
  );
}

function SignIn({ appName }: { appName: string }) {
  const trpc = useShellTrpc();
  const qc = useQueryClient();
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await qc.invalidateQueries();
      },
      onError: (e) => setError(messageOf(e)),
    }),
  );
  return (
    <div className="zl-signin">
      <div className="zl-signin-card">
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          政令 · {appName}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('signInTitle')}
        </Typography.Paragraph>
        <Form
          layout="vertical"
          onFinish={(v: { username: string; password: string }) => signIn.mutate(v)}
          requiredMark={false}
        >
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: t('required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error && (
            <Typography.Paragraph type="danger" role="alert">
              {error}
            </Typography.Paragraph>
          )}
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t('signIn')}
          </Button>
        </Form>
      </div>
    </div>
  );
}

function ChangePassword({ open, forced, onClose }: { open: boolean; forced?: boolean; onClose: () => void }) {
  const trpc = useShellTrpc();
  const qc = useQueryClient();
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        void message.success(t('passwordChanged'));
        form.resetFields();
        await qc.invalidateQueries();
        onClose();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  return (
    <Modal
      open={open}
      title={forced ? t('mustChangePassword') : t('changePassword')}
      closable={!forced}
      maskClosable={false}
      onCancel={forced ? undefined : onClose}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      cancelButtonProps={forced ? { style: { display: 'none' } } : {}}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v: { currentPassword: string; newPassword: string }) =>
          change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword })
        }
      >
        <Form.Item name="currentPassword" label={t('currentPassword')} rules={[{ required: true, message: t('required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra="至少12位，且不能与用户名相同"
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_r, v) =>
                v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Frame({ config }: { config: ShellConfig }) {
  const profile = useProfile();
  const trpc = useShellTrpc();
  const qc = useQueryClient();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [changing, setChanging] = useState(false);
  const unread = useQuery({ ...trpc.inbox.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        setCsrfToken(null);
        qc.clear();
        navigate('/');
        await qc.invalidateQueries();
      },
    }),
  );
  const entries = config.menu.filter((m) => !m.roles || profile.hasRole(...m.roles));
  const selected = useMemo(() => {
    const match = [...entries]
      .sort((a, b) => b.path.length - a.path.length)
      .find((m) => (m.path === '/' ? location.pathname === '/' : location.pathname.startsWith(m.path)));
    return match ? [match.path] : [];
  }, [entries, location.pathname]);
  const host = typeof window !== 'undefined' ? window.location.hostname : '127.0.0.1';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} theme="dark" breakpoint="lg" collapsedWidth={0} className="zl-no-print">
        <div className="zl-brand">
          <div className="zl-brand-name">政令 · {config.appName}</div>
          <div className="zl-brand-district">{profile.districtName}</div>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected}
          items={entries.map((m) => ({ key: m.path, icon: m.icon, label: <Link to={m.path}>{m.label}</Link> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="zl-header zl-no-print">
          <Space size="middle">
            <Typography.Text strong>{profile.districtName}人民政府</Typography.Text>
            <Typography.Text type="secondary">{config.appName}</Typography.Text>
          </Space>
          <Space size="large">
            {(config.otherApps ?? []).map((a) => (
              <a key={a.port} href={`${window.location.protocol}//${host}:${a.port}${a.path}`}>
                <SwapOutlined /> {a.label}
              </a>
            ))}
            <Link to="/inbox" aria-label={`${t('inbox')}（未读 ${unread.data ?? 0}）`}>
              <Badge count={unread.data ?? 0} size="small">
                <BellOutlined style={{ fontSize: 18 }} />
              </Badge>
            </Link>
            <Dropdown
              menu={{
                items: [
                  { key: 'pw', icon: <KeyOutlined />, label: t('changePassword'), onClick: () => setChanging(true) },
                  {
                    key: 'lang',
                    icon: <TranslationOutlined />,
                    label: t('language'),
                    onClick: () => {
                      const next = i18n.language === 'en' ? 'zh-CN' : 'en';
                      localStorage.setItem(LANGUAGE_KEY, next);
                      void i18n.changeLanguage(next);
                    },
                  },
                  { key: 'out', icon: <LogoutOutlined />, label: t('signOut'), onClick: () => signOut.mutate() },
                ],
              }}
            >
              <Space style={{ cursor: 'pointer' }} data-testid="user-menu">
                <span>{profile.user.displayName}</span>
                <Typography.Text type="secondary">{profile.departmentName}</Typography.Text>
                {profile.user.roles.map((r) => (
                  <Tag key={r}>{ROLE_LABEL[r]}</Tag>
                ))}
              </Space>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="zl-content">
          <Routes>
            {config.routes}
            <Route path="/inbox" element={<InboxPage />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Layout.Content>
      </Layout>
      <ChangePassword open={changing} onClose={() => setChanging(false)} />
    </Layout>
  );
}

/** The page for what does not exist or is not the user's to see (the server answers both alike). */
export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notFound')}
      subTitle={t('notFoundHint')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}

function InboxPage() {
  const trpc = useShellTrpc();
  const qc = useQueryClient();
  const { t } = useTranslation();
  const inbox = useQuery(trpc.inbox.list.queryOptions({ unreadOnly: false }));
  const markRead = useMutation(
    trpc.inbox.markRead.mutationOptions({ onSuccess: () => qc.invalidateQueries() }),
  );
  const items = (inbox.data ?? []) as { id: string; title: string; body: string; link: string | null; readAt: string | null; createdAt: string }[];
  return (
    <div>
      <Typography.Title level={4}>{t('inbox')}</Typography.Title>
      {inbox.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('noMessages')}</Typography.Paragraph>
      ) : (
        <div className="zl-inbox">
          {items.map((n) => (
            <div key={n.id} className={n.readAt ? 'zl-inbox-item' : 'zl-inbox-item zl-unread'}>
              <div>
                <Typography.Text strong={!n.readAt}>
                  {n.link ? <Link to={n.link}>{n.title}</Link> : n.title}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">{n.body}</Typography.Text>
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {tableDateTime(n.createdAt)}
                </Typography.Text>
              </div>
              {!n.readAt && (
                <Button size="small" onClick={() => markRead.mutate({ id: n.id })}>
                  {t('markRead')}
                </Button>
              )}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
