// A department's home: what is due with the working days left, what is overdue, what was returned, what waits for the
// head's sign-off, and notices to sign for.
import { useQuery } from '@tanstack/react-query';
import { useProfile } from '@zhengling/web-shell';
import { Card, Col, Empty, List, Row, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { DueDate } from '../components/common';
import { DEADLINE_KIND, NOTICE, PAGE, periodLabel } from '../labels';
import { useTRPC } from '../trpc';

export function HomePage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const home = useQuery(trpc.tasks.home.queryOptions());
  if (home.isPending) return <Spin />;
  if (!home.data) return null;
  const h = home.data;
  const deadlineItem = (d: (typeof h.due)[number]) => (
    <List.Item>
      <List.Item.Meta
        title={
          <Link to={`${PAGE[d.task.kind]}/${d.task.id}`}>
            {d.task.number} {d.task.title}
          </Link>
        }
        description={DEADLINE_KIND[d.kind] ?? d.kind}
      />
      <DueDate dueDate={d.dueDate} workingDaysLeft={d.workingDaysLeft} />
    </List.Item>
  );
  return (
    <div data-testid="home">
      <Typography.Title level={4}>
        {profile.departmentName} · 待办
      </Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<>已逾期 <Tag color="error">{h.overdue.length}</Tag></>}>
            <List dataSource={h.overdue} renderItem={deadlineItem} locale={{ emptyText: '没有逾期事项。' }} />
          </Card>
          <Card size="small" title={<>即将到期 <Tag>{h.due.length}</Tag></>} style={{ marginTop: 16 }}>
            <List
              dataSource={h.due.slice(0, 20)}
              renderItem={deadlineItem}
              locale={{ emptyText: '近期没有到期事项。' }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<>待签收通知单 <Tag color="warning">{h.unacknowledgedNotices.length}</Tag></>}>
            <List
              dataSource={h.unacknowledgedNotices}
              locale={{ emptyText: '没有待签收的通知单。' }}
              renderItem={(n) => (
                <List.Item>
                  <Link to={`/notices/${n.id}`}>
                    {NOTICE[n.level]} {n.number}
                  </Link>
                  <span>
                    {n.task.number} {n.task.title}
                  </span>
                </List.Item>
              )}
            />
          </Card>
          {profile.hasRole('department_head') && (
            <Card size="small" title={<>待签发进度 <Tag color="processing">{h.awaitingSignOff.length}</Tag></>} style={{ marginTop: 16 }}>
              <List
                dataSource={h.awaitingSignOff}
                locale={{ emptyText: '没有待签发的进度报告。' }}
                renderItem={(r) => (
                  <List.Item>
                    <Link to={`/tasks/${r.task.id}`}>
                      {r.task.number} {r.task.title}
                    </Link>
                    <span>
                      {periodLabel(r.period)} · {r.percent}%
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          )}
          <Card size="small" title={<>被退回 <Tag color="warning">{h.returned.length}</Tag></>} style={{ marginTop: 16 }}>
            {h.returned.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有被退回的事项。" />
            ) : (
              <List
                dataSource={h.returned}
                renderItem={(t) => (
                  <List.Item>
                    <Link to={`${PAGE[t.kind]}/${t.id}`}>
                      {t.number} {t.title}
                    </Link>
                    <Typography.Text type="warning">{t.returnReason}</Typography.Text>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
