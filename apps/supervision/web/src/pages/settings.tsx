// What the rulebooks do not fix, with where each default comes from (the office may change it).
import { useQuery } from '@tanstack/react-query';
import { tableDateTime } from '@zhengling/web-shell';
import { Table, Tag, Typography } from 'antd';
import { useTRPC } from '../trpc';

export function SettingsPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.settings.list.queryOptions());
  return (
    <div>
      <Typography.Title level={4}>配置</Typography.Title>
      <Typography.Paragraph type="secondary">
        以下数值规则文本未作规定，是本系统的可配置项；每项标明默认值的来源。
      </Typography.Paragraph>
      <Table
        rowKey="key"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { title: '配置项', dataIndex: 'label', width: 260 },
          {
            title: '当前值',
            dataIndex: 'value',
            render: (v: unknown, r) => (
              <>
                <code>{typeof v === 'object' ? Object.values(v as object).join('；') : String(v)}</code>
                {r.overridden && <Tag style={{ marginLeft: 6 }}>已调整 {tableDateTime(r.updatedAt)}</Tag>}
              </>
            ),
          },
          { title: '来源', dataIndex: 'source' },
        ]}
      />
    </div>
  );
}
