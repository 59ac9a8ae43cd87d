// A user's home: what waits for them. The drafting unit's interpretation duties (谁起草、谁解读) with their due dates
// and its drafts; what waits for their signature; for the office, what waits for review, exemption requests and the
// applications on their clocks.
import { useQuery } from '@tanstack/react-query';
import { proseDate, useProfile, workingDaysWords } from '@zhengling/web-shell';
import { Alert, Button, Card, Col, List, Row, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { StateTag, useOptions } from '../components/common';
import { useTRPC } from '../trpc';

export function HomePage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const options = useOptions();
  const home = useQuery(trpc.items.home.queryOptions());
  if (home.isPending) return <Spin />;
  if (!home.data) return null;
  const h = home.data;
  const drafter = profile.hasRole('department_staff', 'department_head', 'disclosure_editor', 'administrator');
  return (
    <div data-testid="home">
      <Typography.Title level={4}>
        {profile.departmentName} · 政务公开待办
      </Typography.Title>
      {h.duties.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`本单位有 ${h.duties.length} 件政策文件需要同步起草政策解读（谁起草、谁解读）`}
        />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<>政策解读任务 <Tag color={h.duties.length ? 'warning' : 'default'}>{h.duties.length}</Tag></>} data-testid="duties">
            <List
              dataSource={h.duties}
              locale={{ emptyText: '没有待起草的政策解读。' }}
              renderItem={(d) => (
                <List.Item>
                  <Link to={`/items/${d.id}`}>{d.title}</Link>
                  <span>{d.dueDate ? `须于${proseDate(d.dueDate)}前与文件同步发布（${workingDaysWords(d.workingDaysLeft)}）` : ''}</span>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={<>本单位草稿 <Tag>{h.drafts.length}</Tag></>} style={{ marginTop: 16 }}
            extra={drafter ? <Link to="/items/new"><Button size="small" type="primary">新建公开事项</Button></Link> : null}>
            <List
              dataSource={h.drafts}
              locale={{ emptyText: '没有草稿。' }}
              renderItem={(d) => (
                <List.Item>
                  <Link to={`/items/${d.id}`}>{d.title}</Link>
                  <StateTag state={d.state} options={options.data} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          {h.toSign.length > 0 && (
            <Card size="small" title={<>待我签发 <Tag color="warning">{h.toSign.length}</Tag></>} style={{ marginBottom: 16 }} data-testid="to-sign">
              <List
                dataSource={h.toSign}
                renderItem={(d) => (
                  <List.Item>
                    <Link to={`/items/${d.id}`}>{d.title}</Link>
                    <span>{d.docNumber}</span>
                  </List.Item>
                )}
              />
            </Card>
          )}
          {h.office && (
            <>
              <Card size="small" title={<>待保密审查 <Tag color="processing">{h.office.inReview.length}</Tag></>}>
                <List
                  dataSource={h.office.inReview}
                  locale={{ emptyText: '没有待审查的事项。' }}
                  renderItem={(d) => (
                    <List.Item>
                      <Link to={`/items/${d.id}`}>{d.title}</Link>
                      <span>{d.docNumber}</span>
                    </List.Item>
                  )}
                />
              </Card>
              <Card size="small" title={<>免于解读申请 <Tag>{h.office.exemptions.length}</Tag></>} style={{ marginTop: 16 }}>
                <List
                  dataSource={h.office.exemptions}
                  locale={{ emptyText: '没有待审核的申请。' }}
                  renderItem={(d) => (
                    <List.Item>
                      <Link to={`/items/${d.id}`}>{d.title}</Link>
                      <span>{d.exemptionReason}</span>
                    </List.Item>
                  )}
                />
              </Card>
              <Card size="small" title={<>办理中的依申请公开 <Tag>{h.office.applications.length}</Tag></>} style={{ marginTop: 16 }}>
                <List
                  dataSource={h.office.applications}
                  locale={{ emptyText: '没有办理中的申请。' }}
                  renderItem={(a) => (
                    <List.Item>
                      <Link to={`/applications/${a.id}`}>{a.receiptNumber}</Link>
                      <span>{a.dueDate ? `答复期限 ${proseDate(a.dueDate)}（${workingDaysWords(a.workingDaysLeft)}）` : '待补正'}</span>
                    </List.Item>
                  )}
                />
              </Card>
            </>
          )}
        </Col>
      </Row>
    </div>
  );
}
