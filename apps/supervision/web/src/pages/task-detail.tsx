// One item's page: what it is, where it stands against 序时进度, its deadlines (how each was computed), milestones,
// progress reports (submitted by the department, signed off by its head), notices, completion review and timeline.
// Buttons appear for those the server lets act; the server decides.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { codeOf, fileToBase64, messageOf, NotFound, proseDate, tableDate, tableDateTime, useProfile } from '@zhengling/web-shell';
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AgendaCheckView, type AgendaAnswer } from '../components/agenda-check';
import { DueDate, Light, ProgressAgainstTime, StatusTag, useNames } from '../components/common';
import { EditTaskModal } from '../components/edit-task';
import { ReasonModal } from '../components/reason-modal';
import { CYCLE, DEADLINE_KIND, KIND, MEETING, NOTICE, PAGE, periodLabel, REPORT_STATUS, SOURCE } from '../labels';
import { useTRPC } from '../trpc';

const ACTION: Record<string, string> = {
  'task.create': '登记事项',
  'task.update': '修改事项',
  'report.submit': '报送进度',
  'report.resubmit': '重新报送进度',
  'report.sign-off': '单位负责人签发进度',
  'report.reject': '单位负责人退回进度',
  'task.return': '督查办退回办结申请',
  'task.complete': '督查办审核办结',
  'notice.issue': '发出通知单',
  'notice.acknowledge': '签收通知单',
  'deadline.create': '生成时限',
  'deadline.met': '时限已满足',
  'deadline.cancel': '时限撤销',
  'deadline.recompute': '节假日调整后重算时限',
};

export function TaskDetailPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const profile = useProfile();
  const names = useNames();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const detail = useQuery(trpc.tasks.get.queryOptions({ id }));
  const timeline = useQuery(trpc.tasks.timeline.queryOptions({ id }));
  const [reporting, setReporting] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [returning, setReturning] = useState(false);
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const done = {
    onSuccess: async () => {
      void message.success('已保存');
      await qc.invalidateQueries();
    },
    onError: (e: unknown) => void message.error(messageOf(e)),
  };
  const signOff = useMutation(trpc.reports.signOff.mutationOptions(done));
  const review = useMutation(trpc.tasks.reviewCompletion.mutationOptions(done));
  const publish = useMutation(
    trpc.tasks.sendToDisclosure.mutationOptions({
      onSuccess: (r) => void message.success(r.created ? '已送政务公开，待保密审查和签发' : '此前已送政务公开'),
      onError: (e: unknown) => void message.error(messageOf(e)),
    }),
  );
  if (detail.isPending) return <Spin />;
  if (detail.isError)
    return codeOf(detail.error) === 'NOT_FOUND' ? (
      <NotFound />
    ) : (
      <Result status="error" title="加载失败" subTitle={messageOf(detail.error)} />
    );
  const { task, progress, thresholds, deadlines, people } = detail.data;
  const office = profile.hasRole('supervision_office', 'administrator');
  const mine =
    task.leadDepartmentId === profile.user.departmentId || task.coDepartmentIds.includes(profile.user.departmentId);
  const staff = mine && profile.hasRole('department_staff', 'department_head');
  const head = profile.hasRole('department_head');
  return (
    <div>
      <Breadcrumb
        items={[
          { title: <Link to={PAGE[task.kind]}>{KIND[task.kind]}</Link> },
          { title: task.number },
        ]}
        style={{ marginBottom: 8 }}
      />
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {task.number} {task.title} <StatusTag status={progress.status} thresholds={thresholds} />
        </Typography.Title>
        <Space>
          {staff && task.state !== 'completed' && task.state !== 'completion_requested' && (
            <Button type="primary" onClick={() => setReporting(true)}>
              报送进度
            </Button>
          )}
          {office && task.state !== 'completed' && <Button onClick={() => setEditing(true)}>编辑</Button>}
          {office && task.state !== 'completed' && <Button onClick={() => setIssuing(true)}>发通知单</Button>}
          {office && task.kind === 'meeting_decision' && (
            <Button loading={publish.isPending} onClick={() => publish.mutate({ taskId: task.id })}>
              送政务公开
            </Button>
          )}
          {office && task.state === 'completion_requested' && (
            <>
              <Button type="primary" onClick={() => review.mutate({ taskId: task.id, decision: 'accept' })}>
                同意办结
              </Button>
              <Button danger onClick={() => setReturning(true)}>
                退回
              </Button>
            </>
          )}
        </Space>
      </Space>
      {task.state === 'returned' && task.returnReason && (
        <Typography.Paragraph type="warning" style={{ marginTop: 8 }}>
          已退回：{task.returnReason}
        </Typography.Paragraph>
      )}
      {task.state === 'completion_requested' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          牵头单位已申请办结，等待督查办审核。
        </Typography.Paragraph>
      )}
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col xs={24} lg={16}>
          <Card size="small" title="基本情况">
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="类别">{KIND[task.kind]}</Descriptions.Item>
              <Descriptions.Item label="报送周期">{CYCLE[task.reportCycle]}</Descriptions.Item>
              {task.workReport && <Descriptions.Item label="来源" span={2}>{task.workReport.title}</Descriptions.Item>}
              {task.parent && (
                <Descriptions.Item label="上级任务" span={2}>
                  <Link to={`/tasks/${task.parent.id}`}>
                    {task.parent.number} {task.parent.title}
                  </Link>
                </Descriptions.Item>
              )}
              {task.source && (
                <Descriptions.Item label="批示来源">{SOURCE[task.source as keyof typeof SOURCE] ?? task.source}</Descriptions.Item>
              )}
              {task.instructedBy && <Descriptions.Item label="批示领导">{task.instructedBy}</Descriptions.Item>}
              {task.instructionText && (
                <Descriptions.Item label="批示内容" span={2}>
                  {task.instructionText}
                </Descriptions.Item>
              )}
              {task.meetingName && (
                <Descriptions.Item label="会议">
                  {task.meetingName}（{MEETING[task.meetingKind as keyof typeof MEETING] ?? task.meetingKind}，
                  {proseDate(task.meetingDate)}）
                </Descriptions.Item>
              )}
              {task.agendaItem && <Descriptions.Item label="议题">{task.agendaItem}</Descriptions.Item>}
              {task.measures && (
                <Descriptions.Item label="具体措施" span={2}>
                  {task.measures}
                </Descriptions.Item>
              )}
              <Descriptions.Item label="牵头单位">{names.department(task.leadDepartmentId)}</Descriptions.Item>
              <Descriptions.Item label="配合单位">
                {task.coDepartmentIds.map((d) => names.department(d)).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label="分管区领导">
                {names.leader(task.leaderId)}
                {task.leaderBasis && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    （依据：{task.leaderBasis}）
                  </Typography.Text>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="起止">
                {tableDate(task.startDate)} 至 {tableDate(task.dueDate)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          {task.agendaCheck && (
            <Card size="small" title="上会前规则审核（登记时）" style={{ marginTop: 16 }}>
              <AgendaCheckView answer={(task.agendaCheck as unknown as { answer: AgendaAnswer }).answer} />
            </Card>
          )}
          <Card size="small" title="进度报告" style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: 1000 }}
              dataSource={task.reports}
              locale={{ emptyText: '尚未报送进度。' }}
              columns={[
                { title: '期次', dataIndex: 'period', width: 110, render: (p: string) => periodLabel(p) },
                { title: '单位', dataIndex: 'departmentId', width: 130, render: (d: string) => names.department(d) },
                { title: '进度', dataIndex: 'percent', width: 70, render: (p: number) => `${p}%` },
                {
                  title: '进展情况',
                  dataIndex: 'narrative',
                  width: 280,
                  render: (n: string, r) => (
                    <>
                      {n}
                      {r.askCompletion && <Tag color="gold" style={{ marginLeft: 6 }}>申请办结</Tag>}
                      {r.headComment && (
                        <div>
                          <Typography.Text type="secondary">负责人意见：{r.headComment}</Typography.Text>
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  title: '附件',
                  width: 160,
                  render: (_: unknown, r) => (
                    <div style={{ fontSize: 12 }}>
                      {r.attachments.map((a) => (
                        <div key={a.id}>
                          <a href={`/attachments/${a.id}`}>{a.fileName}</a>
                        </div>
                      ))}
                      {r.status === 'awaiting_sign_off' && r.departmentId === profile.user.departmentId && staff && (
                        <AttachButton reportId={r.id} />
                      )}
                    </div>
                  ),
                },
                {
                  title: '报送 / 签发',
                  width: 180,
                  render: (_: unknown, r) => (
                    <div style={{ fontSize: 12 }}>
                      <div>
                        {people[r.submittedById] ?? ''} {tableDateTime(r.submittedAt)}
                      </div>
                      {r.signedOffById && (
                        <div>
                          {people[r.signedOffById] ?? ''} {tableDateTime(r.signedOffAt)}
                        </div>
                      )}
                    </div>
                  ),
                },
                {
                  title: '状态',
                  dataIndex: 'status',
                  width: 170,
                  render: (s: keyof typeof REPORT_STATUS, r) =>
                    s === 'awaiting_sign_off' && head && r.departmentId === profile.user.departmentId ? (
                      <Space>
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => signOff.mutate({ reportId: r.id, decision: 'sign_off' })}
                        >
                          签发
                        </Button>
                        <Button size="small" onClick={() => setRejecting(r.id)}>
                          退回
                        </Button>
                      </Space>
                    ) : (
                      <Tag color={REPORT_STATUS[s].color}>{REPORT_STATUS[s].label}</Tag>
                    ),
                },
              ]}
            />
          </Card>
          <Card size="small" title="督办通知单" style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={task.notices}
              locale={{ emptyText: '未发过通知单。' }}
              columns={[
                { title: '文号', dataIndex: 'number', render: (n: string, r) => <Link to={`/notices/${r.id}`}>{n}</Link> },
                { title: '类别', dataIndex: 'level', render: (l: keyof typeof NOTICE) => NOTICE[l] },
                { title: '承办单位', dataIndex: 'departmentId', render: (d: string) => names.department(d) },
                { title: '办理时限', dataIndex: 'dueDate', render: (d: string) => tableDate(d) },
                {
                  title: '签收',
                  dataIndex: 'acknowledgedAt',
                  render: (a: string | null, r) =>
                    a ? `${r.acknowledgedByName ?? ''} ${tableDateTime(a)}` : <Tag color="warning">未签收</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title="序时进度">
            <ProgressAgainstTime percent={task.percent} expected={progress.expected} />
            <div style={{ marginTop: 8 }}>
              <Light gap={progress.gap} thresholds={thresholds} />
            </div>
          </Card>
          <Card size="small" title="时限" style={{ marginTop: 16 }}>
            {deadlines.map((d) => (
              <div key={d.id} style={{ marginBottom: 8 }}>
                <Typography.Text strong>{DEADLINE_KIND[d.kind] ?? d.kind}</Typography.Text>{' '}
                {d.status === 'open' ? null : <Tag>{d.status === 'met' ? '已完成' : '已撤销'}</Tag>}
                <div>
                  <DueDate
                    dueDate={d.dueDate}
                    workingDaysLeft={d.workingDaysLeft}
                    computation={d.computation}
                    ruleSource={d.ruleSource}
                  />
                </div>
              </div>
            ))}
          </Card>
          {task.milestones.length > 0 && (
            <Card size="small" title="节点安排" style={{ marginTop: 16 }}>
              {task.milestones.map((m) => (
                <div key={m.id}>
                  {tableDate(m.dueDate)} {m.title}
                </div>
              ))}
            </Card>
          )}
          <Card size="small" title="办理记录" style={{ marginTop: 16 }}>
            <Timeline
              items={(timeline.data ?? [])
                .filter((e) => !e.action.startsWith('deadline.create'))
                .map((e) => ({
                  children: (
                    <div style={{ fontSize: 12 }}>
                      <div>
                        {ACTION[e.action] ?? e.action} · {e.actor}
                      </div>
                      <Typography.Text type="secondary">{tableDateTime(e.at)}</Typography.Text>
                    </div>
                  ),
                }))}
            />
          </Card>
        </Col>
      </Row>
      {reporting && <ReportModal taskId={task.id} lead={task.leadDepartmentId === profile.user.departmentId} onClose={() => setReporting(false)} />}
      {issuing && <IssueNoticeModal task={task} onClose={() => setIssuing(false)} />}
      {editing && <EditTaskModal task={task} onClose={() => setEditing(false)} />}
      <Modal open={rejecting !== null} title="退回进度报告" onCancel={() => setRejecting(null)} footer={null} destroyOnHidden>
        <Form
          layout="vertical"
          onFinish={(v: { comment: string }) => {
            if (rejecting) signOff.mutate({ reportId: rejecting, decision: 'reject', comment: v.comment });
            setRejecting(null);
          }}
        >
          <Form.Item name="comment" label="退回意见" rules={[{ required: true, message: '请写明退回意见' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" danger htmlType="submit">
            退回
          </Button>
        </Form>
      </Modal>
      <ReasonModal
        open={returning}
        title="退回办结申请"
        label="退回理由"
        onCancel={() => setReturning(false)}
        onSubmit={(reason) => {
          review.mutate({ taskId: task.id, decision: 'return', reason });
          setReturning(false);
        }}
      />
      <ReasonModal
        open={rejecting !== null}
        title="退回进度报告"
        label="退回意见"
        onCancel={() => setRejecting(null)}
        onSubmit={(comment) => {
          if (rejecting) signOff.mutate({ reportId: rejecting, decision: 'reject', comment });
          setRejecting(null);
        }}
      />
    </div>
  );
}

/** Attach a file to a report waiting for sign-off (PDF, Word, Excel, OFD, PNG, JPEG; at most 10 MB). */
function AttachButton({ reportId }: { reportId: string }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const attach = useMutation(
    trpc.reports.attach.mutationOptions({
      onSuccess: async () => {
        void message.success('附件已上传');
        await qc.invalidateQueries();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  return (
    <Upload
      showUploadList={false}
      accept=".pdf,.docx,.xlsx,.ofd,.png,.jpg,.jpeg"
      beforeUpload={async (file) => {
        if (file.size > 10 * 1024 * 1024) {
          void message.error('单个附件不能超过 10 MB');
          return false;
        }
        attach.mutate({ reportId, fileName: file.name, content: await fileToBase64(file) });
        return false;
      }}
    >
      <Button size="small" loading={attach.isPending}>
        上传附件
      </Button>
    </Upload>
  );
}

function ReportModal({ taskId, lead, onClose }: { taskId: string; lead: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = useMutation(
    trpc.reports.submit.mutationOptions({
      onSuccess: async () => {
        void message.success('已报送，待单位负责人签发后计入');
        await qc.invalidateQueries();
        onClose();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  return (
    <Modal open title="报送进度" onCancel={onClose} onOk={() => form.submit()} confirmLoading={submit.isPending}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ askCompletion: false }}
        onFinish={(v: { percent: number; narrative: string; askCompletion: boolean }) =>
          submit.mutate({ taskId, ...v })
        }
      >
        <Form.Item name="percent" label="完成进度（%）" rules={[{ required: true, message: '请填写完成进度' }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="narrative" label="进展情况" rules={[{ required: true, message: '请填写进展情况' }]}>
          <Input.TextArea rows={4} placeholder="已完成的工作、存在的问题、下一步打算" />
        </Form.Item>
        {lead && (
          <Form.Item name="askCompletion" valuePropName="checked">
            <Checkbox>申请办结（完成进度须为100%）</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function IssueNoticeModal({
  task,
  onClose,
}: {
  task: { id: string; title: string; leadDepartmentId: string; coDepartmentIds: string[]; notices: { level: string; departmentId: string }[] };
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const names = useNames();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const issue = useMutation(
    trpc.notices.issue.mutationOptions({
      onSuccess: async (n) => {
        void message.success(`已发出 ${n.number}`);
        await qc.invalidateQueries();
        onClose();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  const rungs = ['reminder', 'urging', 'supervision'] as const;
  const next = rungs.find((l) => !task.notices.some((n) => n.level === l && n.departmentId === task.leadDepartmentId)) ?? 'supervision';
  return (
    <Modal open title="发出通知单" onCancel={onClose} onOk={() => form.submit()} confirmLoading={issue.isPending} width={640}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ level: next, departmentId: task.leadDepartmentId, matter: task.title }}
        onFinish={(v: { level: (typeof rungs)[number]; departmentId: string; matter: string; requirements: string; dueDate: Dayjs }) =>
          issue.mutate({ taskId: task.id, ...v, dueDate: v.dueDate.format('YYYY-MM-DD') })
        }
      >
        <Form.Item name="level" label="类别" extra="逐级升级：督查提醒函 → 催办通知单 → 督办通知单">
          <Select options={rungs.map((l) => ({ value: l, label: NOTICE[l] }))} />
        </Form.Item>
        <Form.Item name="departmentId" label="承办单位">
          <Select
            options={[task.leadDepartmentId, ...task.coDepartmentIds].map((d) => ({ value: d, label: names.department(d) }))}
          />
        </Form.Item>
        <Form.Item name="matter" label="督办事项" rules={[{ required: true, message: '请填写督办事项' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="requirements" label="督办要求" rules={[{ required: true, message: '请填写督办要求' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="dueDate" label="办理时限" rules={[{ required: true, message: '请选择办理时限' }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
