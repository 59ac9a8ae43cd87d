// Notices of the escalation ladder: the list (the office's all, a department's own), the sign-for button, and each
// notice as the A4 paper form it prints as.
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { codeOf, messageOf, NotFound, proseDate, proseDayOf, tableDate, tableDateTime, useProfile } from '@zhengling/web-shell';
import { App, Button, Result, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { useNames } from '../components/common';
import { NOTICE, PAGE } from '../labels';
import { useTRPC } from '../trpc';

function useAcknowledge() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { message } = App.useApp();
  return useMutation(
    trpc.notices.acknowledge.mutationOptions({
      onSuccess: async () => {
        void message.success('已签收');
        await qc.invalidateQueries();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
}

export function NoticesPage() {
  const trpc = useTRPC();
  const names = useNames();
  const profile = useProfile();
  const [params, setParams] = useSearchParams();
  const level = (params.get('level') as keyof typeof NOTICE | null) ?? undefined;
  const list = useQuery(trpc.notices.list.queryOptions(level ? { level } : {}));
  const ack = useAcknowledge();
  const canAck = profile.hasRole('department_staff', 'department_head');
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          督办通知单
        </Typography.Title>
        <Select
          allowClear
          placeholder="类别"
          style={{ width: 160 }}
          value={level}
          onChange={(v) => setParams(v ? { level: v } : {})}
          options={Object.entries(NOTICE).map(([value, label]) => ({ value, label }))}
        />
        <Button icon={<DownloadOutlined />} href={`/exports/notices.xlsx${level ? `?level=${level}` : ''}`}>
          导出台账
        </Button>
      </Space>
      <Table
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: '没有通知单。' }}
        pagination={{ showTotal: (t) => `共 ${t} 份` }}
        columns={[
          { title: '文号', dataIndex: 'number', render: (n: string, r) => <Link to={`/notices/${r.id}`}>{n}</Link> },
          { title: '类别', dataIndex: 'level', width: 120, render: (l: keyof typeof NOTICE) => NOTICE[l] },
          { title: '事项', render: (_: unknown, r) => <Link to={`${PAGE[r.task.kind]}/${r.task.id}`}>{r.task.number} {r.task.title}</Link> },
          { title: '承办单位', dataIndex: 'departmentId', render: (d: string) => names.department(d) },
          { title: '办理时限', dataIndex: 'dueDate', width: 110, render: (d: string) => tableDate(d) },
          { title: '发出', dataIndex: 'issuedAt', width: 150, render: (d: string) => tableDateTime(d) },
          {
            title: '签收',
            width: 200,
            render: (_: unknown, r) =>
              r.acknowledgedAt ? (
                `${r.acknowledgedByName ?? ''} ${tableDateTime(r.acknowledgedAt)}`
              ) : canAck && r.departmentId === profile.user.departmentId ? (
                <Button size="small" type="primary" loading={ack.isPending} onClick={() => ack.mutate({ id: r.id })}>
                  签收
                </Button>
              ) : (
                <Tag color="warning">未签收</Tag>
              ),
          },
        ]}
      />
    </div>
  );
}

/** The notice as its paper form (催办通知单 / 督办通知单), A4, with the sign-for box. */
export function NoticePage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const names = useNames();
  const profile = useProfile();
  const notice = useQuery(trpc.notices.get.queryOptions({ id }));
  const ack = useAcknowledge();
  if (notice.isPending) return <Spin />;
  if (notice.isError)
    return codeOf(notice.error) === 'NOT_FOUND' ? <NotFound /> : <Result status="error" subTitle={messageOf(notice.error)} />;
  const n = notice.data;
  const canAck =
    !n.acknowledgedAt && n.departmentId === profile.user.departmentId && profile.hasRole('department_staff', 'department_head');
  return (
    <div>
      <Space className="zl-no-print" style={{ marginBottom: 12 }}>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
        {canAck && (
          <Button type="primary" loading={ack.isPending} onClick={() => ack.mutate({ id: n.id })}>
            签收
          </Button>
        )}
        <Link to={`${PAGE[n.task.kind]}/${n.task.id}`}>查看事项</Link>
      </Space>
      <div className="zl-a4" data-testid="notice-paper">
        <h1 className="zl-a4-title">{NOTICE[n.level]}</h1>
        <div className="zl-a4-number">{n.number}</div>
        <table className="zl-a4-table">
          <tbody>
            <tr>
              <th>承办单位</th>
              <td colSpan={3}>{names.department(n.departmentId)}</td>
            </tr>
            <tr>
              <th>督办事项</th>
              <td colSpan={3}>
                {n.task.number} {n.matter}
              </td>
            </tr>
            <tr>
              <th>办理时限</th>
              <td colSpan={3}>{proseDate(n.dueDate)}前</td>
            </tr>
            <tr>
              <th>督办要求</th>
              <td colSpan={3} style={{ height: 180, verticalAlign: 'top' }}>
                {n.requirements}
              </td>
            </tr>
            <tr>
              <th>签收人</th>
              <td>{n.acknowledgedByName ?? ''}</td>
              <th>签收时间</th>
              <td>{n.acknowledgedAt ? tableDateTime(n.acknowledgedAt) : ''}</td>
            </tr>
          </tbody>
        </table>
        <div className="zl-a4-issuer">
          <div>{profile.districtName}人民政府督查办公室</div>
          <div>{proseDayOf(n.issuedAt)}</div>
        </div>
      </div>
    </div>
  );
}
