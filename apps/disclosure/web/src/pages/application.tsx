// One application on its clock: the one request to supplement (the clock restarts on its receipt), third-party
// consultation (not counted), the one extension of at most 20 working days, and the answer with its outcome from the
// annual report's list — each step changing the application and its deadline together, all of it in the history.
import { useQuery } from '@tanstack/react-query';
import { NotFound, proseDate, tableDate, tableDateTime, workingDaysWords } from '@zhengling/web-shell';
import { Alert, Breadcrumb, Button, Card, DatePicker, Descriptions, Input, InputNumber, Result, Select, Space, Spin, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAction, useOptions } from '../components/common';
import { useTRPC } from '../trpc';
import { APPLICATION_STATE } from './applications';

const ACTION_ZH: Record<string, string> = {
  'disclosure.application.register': '登记',
  'disclosure.application.supplement-request': '一次性告知补正',
  'disclosure.application.supplement-received': '收到补正',
  'disclosure.application.extend': '延期答复',
  'disclosure.application.consult': '征求第三方意见',
  'disclosure.application.third-party-replied': '第三方提出意见',
  'disclosure.application.answer': '答复',
};
const iso = (d: Dayjs | null) => (d ?? dayjs()).format('YYYY-MM-DD');

export function ApplicationPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const options = useOptions();
  const q = useQuery(trpc.applications.get.queryOptions({ id }));
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [text, setText] = useState('');
  const [length, setLength] = useState<number | null>(20);
  const [approvedBy, setApprovedBy] = useState('');
  const [outcome, setOutcome] = useState<string>();
  const [reasons, setReasons] = useState<string[]>([]);
  const supplement = useAction(trpc.applications.requestSupplement.mutationOptions(), '已告知补正');
  const received = useAction(trpc.applications.receiveSupplement.mutationOptions(), '已登记补正');
  const extend = useAction(trpc.applications.extend.mutationOptions(), '已延期');
  const consult = useAction(trpc.applications.consultThirdParty.mutationOptions(), '已征求第三方意见');
  const replied = useAction(trpc.applications.thirdPartyReplied.mutationOptions(), '已登记第三方意见');
  const answer = useAction(trpc.applications.answer.mutationOptions(), '已答复');
  if (q.isPending) return <Spin />;
  if (q.error) return q.error.data?.code === 'NOT_FOUND' ? <NotFound /> : <Result status="error" title="加载失败" />;
  const a = q.data;
  const o = options.data;
  const v = { id: a.id, version: a.version };
  const current = a.deadlines.at(-1);
  const errors = [supplement, received, extend, consult, replied, answer].map((m) => m.error).filter(Boolean);
  const dateInput = (label: string) => <DatePicker aria-label={label} value={date} onChange={setDate} />;
  const extension = a.extension as { length: number; reason: string; approvedBy: string } | null;
  const thirdParty = a.thirdParty as { party: string; sentOn: string; repliedOn?: string; opinion?: string } | null;
  return (
    <div data-testid="application">
      <Breadcrumb items={[{ title: <Link to="/applications">依申请公开</Link> }, { title: a.receiptNumber }]} style={{ marginBottom: 8 }} />
      <Space align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {a.receiptNumber}
        </Typography.Title>
        <Tag color={APPLICATION_STATE[a.state].color}>{APPLICATION_STATE[a.state].label}</Tag>
      </Space>
      <Card size="small" style={{ marginTop: 16 }} title="答复期限">
        {current && a.state !== 'awaiting_supplement' ? (
          <Typography.Text data-testid="due-date">
            {current.status === 'paused'
              ? '期限中止（征求第三方意见的时间不计算在内）'
              : `应于${proseDate(current.dueDate)}前答复${current.workingDaysLeft != null ? `，${workingDaysWords(current.workingDaysLeft)}` : ''}`}
            {current.status === 'met' && '（已按期答复）'}
          </Typography.Text>
        ) : (
          <Typography.Text>已一次性告知补正：答复期限自收到补正之日起重新计算。</Typography.Text>
        )}
        {current && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {current.ruleSource}
              {current.adjustments.map((x) => `；${{ pause: '中止', resume: '恢复', extension: `延长${x.length}个工作日` }[x.type] ?? x.type}（${x.reason}）`).join('')}
            </Typography.Text>
          </div>
        )}
      </Card>
      {a.state !== 'answered' && (
        <Card size="small" title="办理" style={{ marginTop: 16 }} data-testid="application-actions">
          {errors.map((e, i) => (
            <Alert key={i} type="error" showIcon title={e} style={{ marginBottom: 12 }} data-testid="action-error" />
          ))}
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space wrap>
              日期 {dateInput('办理日期')}
              <Input aria-label="说明" placeholder="补正事项 / 第三方名称 / 延期理由 / 第三方意见" value={text} onChange={(e) => setText(e.target.value)} style={{ width: 420 }} />
            </Space>
            {a.state === 'registered' && (
              <Space wrap>
                {!a.supplementRequestedOn && <Button onClick={() => supplement.mutate({ ...v, requestedOn: iso(date), request: text })}>一次性告知补正</Button>}
                <Button onClick={() => consult.mutate({ ...v, party: text, sentOn: iso(date) })}>征求第三方意见</Button>
                {!extension && (
                  <>
                    <InputNumber aria-label="延长工作日" min={1} max={20} value={length} onChange={setLength} addonAfter="个工作日" />
                    <Input aria-label="同意延期的负责人" placeholder="同意延期的负责人" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} style={{ width: 160 }} />
                    <Button onClick={() => extend.mutate({ ...v, length: length ?? 0, reason: text, approvedBy })}>延期答复</Button>
                  </>
                )}
              </Space>
            )}
            {a.state === 'awaiting_supplement' && <Button onClick={() => received.mutate({ ...v, receivedOn: iso(date) })}>收到补正</Button>}
            {a.state === 'consulting' && <Button onClick={() => replied.mutate({ ...v, repliedOn: iso(date), opinion: text })}>第三方已提出意见</Button>}
            {(a.state === 'registered' || a.state === 'awaiting_supplement') && (
              <Space wrap align="start">
                <Select
                  aria-label="办理结果"
                  placeholder="办理结果（年报分类）"
                  style={{ width: 360 }}
                  value={outcome}
                  onChange={setOutcome}
                  options={(o?.outcomes ?? []).map((x) => ({ value: x.id, label: `${x.group.replace(/（区分处理.*）/, '')} ${x.label}` }))}
                />
                {outcome === 'partly-disclosed' && (
                  <Select
                    aria-label="不予公开部分的理由"
                    mode="multiple"
                    placeholder="不予公开部分的理由"
                    style={{ width: 360 }}
                    value={reasons}
                    onChange={setReasons}
                    options={(o?.reasons ?? []).filter((r) => r.attribute === 'withheld').map((r) => ({ value: r.id, label: `${r.label}（${r.article}）` }))}
                  />
                )}
                <Button
                  type="primary"
                  disabled={!outcome}
                  onClick={() => outcome && answer.mutate({ ...v, outcome: outcome as 'disclosed', reasons, answer: text, answeredOn: iso(date) })}
                >
                  答复
                </Button>
              </Space>
            )}
          </Space>
        </Card>
      )}
      <Card size="small" title="申请" style={{ marginTop: 16 }}>
        <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: "nowrap" } }}>
          <Descriptions.Item label="申请人">{a.applicantName}</Descriptions.Item>
          <Descriptions.Item label="类型">{o?.applicantTypes.find((c) => c.id === a.applicantType)?.label}</Descriptions.Item>
          <Descriptions.Item label="联系方式">{a.contact}</Descriptions.Item>
          <Descriptions.Item label="申请方式">{o?.channels[a.channel as 'letter'] ?? a.channel}</Descriptions.Item>
          <Descriptions.Item label="收到日期">{tableDate(a.receivedOn)}</Descriptions.Item>
          <Descriptions.Item label="补正">
            {a.supplementRequestedOn ? `${tableDate(a.supplementRequestedOn)}告知：${a.supplementRequest}${a.supplementReceivedOn ? `；${tableDate(a.supplementReceivedOn)}收到补正` : ''}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="延期">{extension ? `延长${extension.length}个工作日（${extension.reason}，经${extension.approvedBy}同意）` : '—'}</Descriptions.Item>
          <Descriptions.Item label="第三方">{thirdParty ? `${thirdParty.party}（${thirdParty.sentOn}征求意见${thirdParty.repliedOn ? `，${thirdParty.repliedOn}提出意见：${thirdParty.opinion}` : ''}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label="所需信息" span={2}>
            {a.description}
          </Descriptions.Item>
          {a.outcome && (
            <Descriptions.Item label="答复" span={2}>
              {tableDate(a.answeredOn)} · {o?.outcomes.find((x) => x.id === a.outcome)?.label}
              {a.outcomeReasons.length > 0 && `（不予公开部分：${a.outcomeReasons.map((r) => o?.reasons.find((x) => x.id === r)?.label ?? r).join('；')}）`}
              ：{a.answer}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="办理记录" style={{ marginTop: 16 }}>
        <Timeline items={a.history.map((h) => ({ children: `${tableDateTime(h.at)} ${h.actorLabel} ${ACTION_ZH[h.action] ?? h.action}` }))} />
      </Card>
    </div>
  );
}
