// What the rulebooks do not fix, with where each default comes from; the supervision office may change it (each
// change is validated by the server and audited).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf, tableDateTime, useProfile } from '@zhengling/web-shell';
import { App, Button, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTRPC } from '../trpc';

function Editor({
  k,
  value,
  parts,
  onDone,
}: {
  k: string;
  value: unknown;
  parts: Record<string, string> | null;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<unknown>(value);
  const save = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: async () => {
        void message.success('已保存');
        await qc.invalidateQueries();
        onDone();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  return (
    <Space wrap>
      {typeof value === 'number' ? (
        <InputNumber value={draft as number} onChange={(v) => setDraft(v)} precision={0} aria-label={k} />
      ) : (
        Object.entries(value as Record<string, string | number>).map(([part, v]) =>
          typeof v === 'number' ? (
            <InputNumber
              key={part}
              addonBefore={parts?.[part] ?? part}
              defaultValue={v}
              precision={0}
              aria-label={`${k}.${part}`}
              onChange={(n) => setDraft({ ...(draft as object), [part]: n })}
            />
          ) : (
            <Input
              key={part}
              style={{ width: 180 }}
              defaultValue={v}
              aria-label={`${k}.${part}`}
              onChange={(e) => setDraft({ ...(draft as object), [part]: e.target.value })}
            />
          ),
        )
      )}
      <Button
        size="small"
        type="primary"
        loading={save.isPending}
        onClick={() => save.mutate({ key: k, value: draft })}
      >
        保存
      </Button>
      <Button size="small" onClick={onDone}>
        取消
      </Button>
    </Space>
  );
}

export function SettingsPage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const list = useQuery(trpc.settings.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const canEdit = profile.hasRole('supervision_office', 'administrator');
  return (
    <div>
      <Typography.Title level={4}>配置</Typography.Title>
      <Typography.Paragraph type="secondary">
        以下数值规则文本未作规定，是本系统的可配置项；每项标明默认值的来源。修改即时生效，并记入审计日志。
      </Typography.Paragraph>
      <Table
        rowKey="key"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { title: '配置项', dataIndex: 'label', width: 240 },
          {
            title: '当前值',
            dataIndex: 'value',
            render: (v: unknown, r) =>
              editing === r.key ? (
                <Editor k={r.key} value={v} parts={r.parts} onDone={() => setEditing(null)} />
              ) : (
                <Space wrap>
                  <code>
                    {typeof v === 'object' && v !== null
                      ? Object.entries(v as Record<string, unknown>)
                          .map(([part, x]) => (r.parts?.[part] ? `${r.parts[part]} ${String(x)}` : String(x)))
                          .join('；')
                      : String(v)}
                  </code>
                  {r.overridden && <Tag>已调整 {tableDateTime(r.updatedAt)}</Tag>}
                  {canEdit && (
                    <Button size="small" onClick={() => setEditing(r.key)}>
                      修改
                    </Button>
                  )}
                </Space>
              ),
          },
          { title: '默认值来源', dataIndex: 'source', width: 360 },
        ]}
      />
    </div>
  );
}
