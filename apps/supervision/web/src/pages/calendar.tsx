// Calendar feeds: subscribe to one's own (or, for a head, the department's) deadlines in any calendar program.
// The link is shown once; revoking it stops it at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf, tableDateTime, useProfile } from '@zhengling/web-shell';
import { Alert, App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTRPC } from '../trpc';

export function CalendarPage() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const profile = useProfile();
  const { message } = App.useApp();
  const [link, setLink] = useState<string | null>(null);
  const feeds = useQuery(trpc.calendar.list.queryOptions());
  const create = useMutation(
    trpc.calendar.create.mutationOptions({
      onSuccess: async (f) => {
        setLink(`${window.location.origin}${f.path}`);
        await qc.invalidateQueries();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revoke.mutationOptions({
      onSuccess: async () => {
        void message.success('已撤销，该链接立即失效');
        await qc.invalidateQueries();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  return (
    <div>
      <Typography.Title level={4}>日历订阅</Typography.Title>
      <Typography.Paragraph type="secondary">
        把未办结事项的到期日订阅到手机或电脑日历（.ics）。链接本身即凭证，请勿转发；不再使用时请撤销。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => create.mutate({ owner: 'user' })} loading={create.isPending}>
          生成我的订阅链接
        </Button>
        {profile.hasRole('department_head', 'supervision_office', 'administrator') && (
          <Button onClick={() => create.mutate({ owner: 'department' })}>生成本单位订阅链接</Button>
        )}
      </Space>
      {link && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          message="订阅链接（只显示这一次）"
          description={<Typography.Text copyable>{link}</Typography.Text>}
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={feeds.isPending}
        dataSource={feeds.data ?? []}
        locale={{ emptyText: '还没有订阅链接。' }}
        pagination={false}
        columns={[
          { title: '订阅', dataIndex: 'ownerKind', render: (k: string) => (k === 'user' ? '我的事项' : '本单位事项') },
          { title: '创建时间', dataIndex: 'createdAt', render: (d: string) => tableDateTime(d) },
          {
            title: '操作',
            render: (_: unknown, r) => (
              <Button size="small" danger onClick={() => revoke.mutate({ id: r.id })}>
                撤销
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
