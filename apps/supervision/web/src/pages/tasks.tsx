// The task list (台账) of one kind: filters kept in the URL, sortable columns, server-side paging with the total, an
// Excel export of exactly what is filtered; the office imports a breakdown and registers items here.
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { tableDate, useProfile } from '@zhengling/web-shell';
import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ProgressAgainstTime, StatusTag, useNames } from '../components/common';
import { CreateTaskModal } from '../components/create-task';
import { ImportModal } from '../components/import-breakdown';
import { KIND, PAGE, STATUS, type Status } from '../labels';
import { useTRPC } from '../trpc';

type Kind = keyof typeof KIND;

export function TasksPage({ kind }: { kind?: Kind }) {
  const trpc = useTRPC();
  const profile = useProfile();
  const names = useNames();
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const office = profile.hasRole('supervision_office', 'administrator');
  const reports = useQuery(trpc.tasks.workReports.queryOptions());
  const workReportId = params.get('workReportId') ?? (kind === 'work_report' ? reports.data?.[0]?.id : undefined);
  const filter = {
    ...(kind ? { kind } : {}),
    ...(workReportId && kind === 'work_report' ? { workReportId } : {}),
    ...(params.get('status') ? { status: params.get('status') as Status } : {}),
    ...(params.get('departmentId') ? { departmentId: params.get('departmentId')! } : {}),
    ...(params.get('leaderId') ? { leaderId: params.get('leaderId')! } : {}),
    ...(params.get('search') ? { search: params.get('search')! } : {}),
    ...(params.get('overdue') === '1' ? { overdue: true } : {}),
    sort: (params.get('sort') as 'number' | 'dueDate' | 'percent' | 'updatedAt' | null) ?? 'number',
    order: (params.get('order') as 'asc' | 'desc' | null) ?? 'asc',
    page: Number(params.get('page') ?? 1),
    pageSize: Number(params.get('pageSize') ?? 20),
  };
  const list = useQuery(trpc.tasks.list.queryOptions(filter));
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const { page: _p, pageSize: _s, sort: _o, order: _d, ...exportFilter } = filter;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {kind ? KIND[kind] : '全部督查事项'}
          {kind === 'work_report' && reports.data && reports.data.length > 0 && (
            <Select
              style={{ marginLeft: 12, minWidth: 220 }}
              value={workReportId}
              onChange={(v) => set({ workReportId: v })}
              options={reports.data.map((r) => ({ value: r.id, label: r.title }))}
            />
          )}
        </Typography.Title>
        <Space>
          {office && kind === 'work_report' && workReportId && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入任务分解表
            </Button>
          )}
          {office && kind && kind !== 'suggestion_commitment' && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {kind === 'work_report' ? '新增任务' : kind === 'instruction' ? '登记批示交办事项' : '登记会议议定事项'}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            href={`/exports/tasks.xlsx?filter=${encodeURIComponent(JSON.stringify(exportFilter))}`}
          >
            导出台账
          </Button>
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          placeholder="按编号或名称搜索"
          allowClear
          defaultValue={params.get('search') ?? ''}
          onSearch={(v) => set({ search: v || undefined })}
          style={{ width: 240 }}
        />
        <Select
          placeholder="状态"
          allowClear
          style={{ width: 120 }}
          value={params.get('status') ?? undefined}
          onChange={(v) => set({ status: v })}
          options={Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label }))}
        />
        <Select
          placeholder="承办单位"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          value={params.get('departmentId') ?? undefined}
          onChange={(v) => set({ departmentId: v })}
          options={names.departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <Select
          placeholder="分管区领导"
          allowClear
          style={{ width: 160 }}
          value={params.get('leaderId') ?? undefined}
          onChange={(v) => set({ leaderId: v })}
          options={names.leaders.map((l) => ({ value: l.id, label: l.name }))}
        />
        <Select
          placeholder="是否逾期"
          allowClear
          style={{ width: 120 }}
          value={params.get('overdue') ?? undefined}
          onChange={(v) => set({ overdue: v })}
          options={[{ value: '1', label: '已逾期' }]}
        />
      </Space>
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{
          emptyText: office
            ? '没有符合条件的事项。可调整筛选条件，或导入、登记新的事项。'
            : '没有符合条件的事项。',
        }}
        onChange={(p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          set({
            page: String(p.current ?? 1),
            pageSize: String(p.pageSize ?? 20),
            sort: s?.order ? String(s.field) : undefined,
            order: s?.order === 'descend' ? 'desc' : s?.order ? 'asc' : undefined,
          });
        }}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (t) => `共 ${t} 项`,
          showSizeChanger: true,
        }}
        columns={[
          { title: '编号', dataIndex: 'number', width: 150, sorter: true },
          {
            title: '名称',
            dataIndex: 'title',
            render: (t: string, r) => (
              <Link to={`${PAGE[kind ?? 'work_report']}/${r.id}`}>
                {r.parentId ? '　' : ''}
                {t}
              </Link>
            ),
          },
          { title: '牵头单位', dataIndex: 'leadDepartmentId', width: 150, render: (id: string) => names.department(id) },
          { title: '分管区领导', dataIndex: 'leaderId', width: 110, render: (id: string | null) => names.leader(id) },
          {
            title: '完成时限',
            dataIndex: 'dueDate',
            width: 120,
            sorter: true,
            render: (d: string) => tableDate(d),
          },
          {
            title: '完成进度',
            dataIndex: 'percent',
            width: 170,
            sorter: true,
            render: (p: number, r) => <ProgressAgainstTime percent={p} expected={r.expected} />,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (s: Status, r) => (
              <>
                <StatusTag status={s} thresholds={list.data?.thresholds} />
                {r.state === 'completion_requested' && <Tag color="gold">待审核办结</Tag>}
              </>
            ),
          },
        ]}
      />
      {importing && workReportId && (
        <ImportModal workReportId={workReportId} onClose={() => setImporting(false)} />
      )}
      {creating && kind && kind !== 'suggestion_commitment' && <CreateTaskModal kind={kind} workReportId={workReportId} onClose={() => setCreating(false)} />}
    </div>
  );
}
