// What neither the rulebooks nor the regulation fixes, each with its value, its default and its source; the
// disclosure office changes it here (validated on the server, audited).
import { useQuery } from '@tanstack/react-query';
import { useProfile } from '@zhengling/web-shell';
import { Button, Input, Select, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAction } from '../components/common';
import { useTRPC } from '../trpc';

export function SettingsPage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const list = useQuery(trpc.settings.list.queryOptions());
  const update = useAction(trpc.settings.update.mutationOptions(), '已保存');
  const [draft, setDraft] = useState<Record<string, unknown>>({});
  const office = profile.hasRole('disclosure_editor', 'administrator');
  return (
    <div>
      <Typography.Title level={4}>配置</Typography.Title>
      {update.error && <Typography.Text type="danger">{update.error}</Typography.Text>}
      <Table
        rowKey="key"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { title: '项目', dataIndex: 'label', width: 260 },
          {
            title: '值',
            render: (_: unknown, r) => {
              const value = r.key in draft ? draft[r.key] : r.value;
              const edit = (v: unknown) => setDraft({ ...draft, [r.key]: v });
              const input =
                typeof r.default === 'boolean' ? (
                  <Switch checked={value as boolean} disabled={!office} onChange={edit} />
                ) : Array.isArray(r.default) ? (
                  <Select mode="tags" style={{ minWidth: 360 }} value={value as string[]} disabled={!office} onChange={edit} />
                ) : (
                  <Input value={String(value)} disabled={!office} onChange={(e) => edit(e.target.value)} style={{ width: 300 }} />
                );
              return (
                <Space>
                  {input}
                  {office && r.key in draft && (
                    <Button size="small" type="primary" onClick={() => update.mutate({ key: r.key, value: draft[r.key] })}>
                      保存
                    </Button>
                  )}
                </Space>
              );
            },
          },
          { title: '来源', dataIndex: 'source', render: (s: string) => <Typography.Text type="secondary">{s}</Typography.Text> },
        ]}
      />
    </div>
  );
}
