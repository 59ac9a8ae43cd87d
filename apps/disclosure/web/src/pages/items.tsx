// The registry: every item the user may see, by state, searchable by title, 文号 or 索引号.
import { useQuery } from '@tanstack/react-query';
import { tableDate, useProfile } from '@zhengling/web-shell';
import { Button, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { StateTag, useOptions, ValidityTag } from '../components/common';
import { useTRPC } from '../trpc';

const TABS = [
  { key: '', label: '全部' },
  { key: 'draft', label: '草稿' },
  { key: 'in_review', label: '保密审查中' },
  { key: 'awaiting_signoff', label: '待签发' },
  { key: 'published', label: '已发布' },
  { key: 'withheld', label: '不予公开' },
] as const;
type StateKey = Exclude<(typeof TABS)[number]['key'], ''>;

export function ItemsPage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const options = useOptions();
  const [params, setParams] = useSearchParams();
  const state = (params.get('state') ?? '') as StateKey | '';
  const [q, setQ] = useState(params.get('q') ?? '');
  const page = Number(params.get('page') ?? '1');
  const list = useQuery(
    trpc.items.list.queryOptions({ state: state || undefined, q: params.get('q') || undefined, page, pageSize: 20 }),
  );
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4}>公开事项</Typography.Title>
        <Space>
          <Input.Search aria-label="搜索" placeholder="标题、文号或索引号" value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => set('q', v)} allowClear style={{ width: 280 }} />
          <a href={`/exports/items.xlsx?${new URLSearchParams(Object.fromEntries([...params].filter(([k]) => k !== 'page'))).toString()}`}>
            <Button>导出台账</Button>
          </a>
          {profile.hasRole('department_staff', 'department_head', 'disclosure_editor', 'administrator') && (
            <Link to="/items/new">
              <Button type="primary">新建公开事项</Button>
            </Link>
          )}
        </Space>
      </Space>
      <Tabs activeKey={state} onChange={(k) => set('state', k)} items={TABS.map((t) => ({ key: t.key, label: t.label }))} />
      <Table
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => set('page', String(p)), showTotal: (t) => `共 ${t} 件` }}
        columns={[
          { title: '标题', dataIndex: 'title', render: (t: string, r) => <Link to={`/items/${r.id}`}>{t}</Link> },
          { title: '文号', dataIndex: 'docNumber', width: 180 },
          { title: '类别', dataIndex: 'kind', width: 130, render: (k: string) => options.data?.labels.kind[k as 'policy'] ?? k },
          { title: '起草单位', dataIndex: 'draftingDepartment', width: 140 },
          { title: '状态', dataIndex: 'state', width: 110, render: (s: string) => <StateTag state={s} options={options.data} /> },
          {
            title: '有效性',
            dataIndex: 'validity',
            width: 90,
            render: (v: string, r) => (r.state === 'published' ? <ValidityTag validity={v} options={options.data} /> : null),
          },
          {
            title: '政策解读',
            width: 100,
            render: (_: unknown, r) =>
              !r.needsInterpretation ? '—' : r.interpretation ? <Tag color="green">已起草</Tag> : r.exemptionState === 'approved' ? <Tag>免于解读</Tag> : <Tag color="warning">待起草</Tag>,
          },
          { title: '更新', dataIndex: 'updatedAt', width: 110, render: (d: string) => tableDate(d) },
        ]}
      />
    </div>
  );
}
