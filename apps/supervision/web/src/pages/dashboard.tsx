// The office's dashboard (a leader's portfolio view is the same, within the portfolio): charts by status, department
// and leader, the on-time rate per department, what became overdue this week. Every chart clicks through to its list.
import { useQuery } from '@tanstack/react-query';
import { tableDate, useProfile } from '@zhengling/web-shell';
import { Card, Col, Empty, Row, Spin, Statistic, Table, Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import { Link, useNavigate } from 'react-router';
import { useNames } from '../components/common';
import { STATUS, type Status } from '../labels';
import { useTRPC } from '../trpc';

const ORDER: Status[] = ['behind', 'in_progress', 'ahead', 'not_started', 'returned', 'completed'];
const COLOR: Record<Status, string> = {
  behind: '#cf1322',
  in_progress: '#1677ff',
  ahead: '#389e0d',
  not_started: '#8c8c8c',
  returned: '#d48806',
  completed: '#52c41a',
};

export function DashboardPage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const names = useNames();
  const navigate = useNavigate();
  const d = useQuery(trpc.tasks.dashboard.queryOptions({}));
  if (d.isPending) return <Spin />;
  if (!d.data) return null;
  const data = d.data;
  const total = data.byStatus.reduce((a, b) => a + b.n, 0);
  const count = (s: Status) => data.byStatus.find((x) => x.status === s)?.n ?? 0;
  const go = (params: Record<string, string>) => navigate(`/tasks?${new URLSearchParams(params)}`);
  const stacked = (rows: { key: string | null; status: Status; n: number }[], label: (k: string | null) => string) => {
    const keys = [...new Set(rows.map((r) => r.key))];
    return {
      keys,
      option: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 16, bottom: 8, top: 32, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: keys.map(label), inverse: true },
        series: ORDER.map((s) => ({
          name: STATUS[s].label,
          type: 'bar',
          stack: 'all',
          itemStyle: { color: COLOR[s] },
          data: keys.map((k) => rows.find((r) => r.key === k && r.status === s)?.n ?? 0),
        })),
      },
    };
  };
  const byDept = stacked(
    data.byDepartment.map((r) => ({ key: r.departmentId, status: r.status, n: r.n })),
    (k) => names.department(k),
  );
  const byLeader = stacked(
    data.byLeader.map((r) => ({ key: r.leaderId, status: r.status, n: r.n })),
    (k) => (k ? names.leader(k) : '未明确分管领导'),
  );
  const onTime = [...data.onTime].filter((r) => r.rate !== null).sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0));
  return (
    <div data-testid="dashboard">
      <Typography.Title level={4}>
        {profile.hasRole('district_leader') ? '分管工作总览' : '督查工作总览'}
        <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
          截至 {tableDate(data.asOf)}
        </Typography.Text>
      </Typography.Title>
      <Row gutter={16}>
        {[
          ['全部事项', total, undefined],
          ['滞后', count('behind'), 'behind'],
          ['推进中', count('in_progress'), 'in_progress'],
          ['已完成', count('completed'), 'completed'],
          ['本周新增逾期', data.overdueThisWeek.length, undefined],
        ].map(([label, value, status]) => (
          <Col key={String(label)} xs={12} md={4}>
            <Card
              size="small"
              hoverable={Boolean(status)}
              onClick={() => status && go({ status: String(status) })}
            >
              <Statistic title={String(label)} value={Number(value)} />
            </Card>
          </Col>
        ))}
      </Row>
      {total === 0 ? (
        <Empty style={{ marginTop: 48 }} description="还没有督查事项：先在“政府工作报告任务”中导入任务分解表，或登记批示、会议议定事项。" />
      ) : (
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col xs={24} lg={10}>
            <Card size="small" title="按状态（点击查看清单）">
              <ReactECharts
                style={{ height: 320 }}
                option={{
                  tooltip: { trigger: 'item', formatter: '{b}：{c}项（{d}%）' },
                  legend: { bottom: 0 },
                  series: [
                    {
                      type: 'pie',
                      radius: ['40%', '70%'],
                      label: { formatter: '{b}\n{c}项' },
                      data: ORDER.filter((s) => count(s) > 0).map((s) => ({
                        name: STATUS[s].label,
                        value: count(s),
                        status: s,
                        itemStyle: { color: COLOR[s] },
                      })),
                    },
                  ],
                }}
                onEvents={{ click: (e: { data: { status: string } }) => go({ status: e.data.status }) }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card size="small" title="按牵头单位（点击查看该单位清单）">
              <ReactECharts
                style={{ height: Math.max(320, byDept.keys.length * 28 + 60) }}
                option={byDept.option}
                onEvents={{
                  click: (e: { dataIndex: number; seriesIndex: number }) =>
                    go({ departmentId: byDept.keys[e.dataIndex] ?? '', status: ORDER[e.seriesIndex] ?? '' }),
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12} style={{ marginTop: 16 }}>
            <Card size="small" title="按分管区领导">
              <ReactECharts
                style={{ height: Math.max(280, byLeader.keys.length * 28 + 60) }}
                option={byLeader.option}
                onEvents={{
                  click: (e: { dataIndex: number; seriesIndex: number }) => {
                    const k = byLeader.keys[e.dataIndex];
                    if (k) go({ leaderId: k, status: ORDER[e.seriesIndex] ?? '' });
                  },
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12} style={{ marginTop: 16 }}>
            <Card size="small" title="按时办结率（按单位：按期报送、办结的时限占比）">
              <ReactECharts
                style={{ height: Math.max(280, onTime.length * 28 + 60) }}
                option={{
                  tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
                  // room on the right for a full bar's label (100%)
                  grid: { left: 8, right: 48, bottom: 8, top: 8, containLabel: true },
                  xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                  yAxis: { type: 'category', data: onTime.map((r) => names.department(r.departmentId)) },
                  series: [
                    {
                      type: 'bar',
                      data: onTime.map((r) => r.rate),
                      itemStyle: { color: '#b71c1c' },
                      label: { show: true, position: 'right', formatter: '{c}%' },
                    },
                  ],
                }}
                onEvents={{
                  click: (e: { dataIndex: number }) => go({ departmentId: onTime[e.dataIndex]?.departmentId ?? '' }),
                }}
              />
            </Card>
          </Col>
          <Col span={24} style={{ marginTop: 16 }}>
            <Card size="small" title={`本周新增逾期（${tableDate(data.weekStart)} 起）`}>
              <Table
                size="small"
                rowKey="deadlineId"
                pagination={false}
                dataSource={data.overdueThisWeek}
                locale={{ emptyText: '本周没有新增逾期事项' }}
                columns={[
                  { title: '编号', dataIndex: 'number', width: 140 },
                  {
                    title: '事项',
                    dataIndex: 'title',
                    render: (t: string, r) => <Link to={`/tasks/${r.taskId}`}>{t}</Link>,
                  },
                  { title: '承办单位', dataIndex: 'departmentId', render: (id: string) => names.department(id) },
                  { title: '到期日', dataIndex: 'dueDate', render: (d: string) => tableDate(d), width: 120 },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
