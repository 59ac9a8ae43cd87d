// The rules-core answers about an item before a meeting hears it, each with its citation (文号, 条款, quoted text).
import { Alert, Descriptions, Popover, Space, Tag, Typography } from 'antd';

interface Citation {
  instrument: string;
  location: string;
  quote?: string;
}
interface Silent {
  silent: { code: string; message: string; pointers: { instrument: string; location: string; note?: string }[] };
}
export interface AgendaAnswer {
  routing:
    | null
    | Silent
    | { decidedBy: string; steps: { text: string }[]; thisMeetingHearsIt: boolean; citations: Citation[]; notes: string[] };
  agenda: Silent | { schedulable: boolean; missing: { message: string; rule: string }[]; citations: Citation[] };
  majorDecision: null | Silent | { complete: boolean; missing: { step: string; stepName?: string; citation: Citation }[] };
  leader: null | {
    name: string;
    basis: string;
    absent: boolean;
    actingName: string | null;
    actingBasis: string | null;
    citations: Citation[];
  };
}

const isSilent = (x: unknown): x is Silent => typeof x === 'object' && x !== null && 'silent' in x;

export function Cites({ citations }: { citations: readonly Citation[] }) {
  return (
    <Space size={4} wrap>
      {citations.map((c, i) => (
        <Popover
          key={i}
          title={`${c.instrument} ${c.location}`}
          content={<div style={{ maxWidth: 420 }}>{c.quote ?? '（该条款原文见规则全文）'}</div>}
        >
          <Tag color="red" style={{ cursor: 'pointer' }}>
            {c.instrument} {c.location}
          </Tag>
        </Popover>
      ))}
    </Space>
  );
}

function SilentNote({ s }: { s: Silent }) {
  return (
    <Alert
      type="info"
      showIcon
      message={s.silent.message}
      description={
        s.silent.pointers.length > 0 && (
          <Typography.Text type="secondary">
            相关条款：{s.silent.pointers.map((p) => `${p.instrument} ${p.location}${p.note ? `（${p.note}）` : ''}`).join('；')}
          </Typography.Text>
        )
      }
    />
  );
}

export function AgendaCheckView({ answer }: { answer: AgendaAnswer }) {
  const { routing, agenda, majorDecision, leader } = answer;
  return (
    <Descriptions size="small" column={1} bordered data-testid="agenda-check">
      {routing && (
        <Descriptions.Item label="决策权限">
          {isSilent(routing) ? (
            <SilentNote s={routing} />
          ) : (
            <>
              <div>
                由 <b>{routing.decidedBy}</b> 决定：{routing.steps.map((s) => s.text).join(' → ')}
              </div>
              <div>
                {routing.thisMeetingHearsIt ? (
                  <Tag color="success">本会议可以审议</Tag>
                ) : (
                  <Tag color="warning">规则指明的决策主体不是本会议</Tag>
                )}
              </div>
              <Cites citations={routing.citations} />
            </>
          )}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="上会条件">
        {isSilent(agenda) ? (
          <SilentNote s={agenda} />
        ) : agenda.schedulable ? (
          <>
            <Tag color="success">可以上会</Tag> <Cites citations={agenda.citations} />
          </>
        ) : (
          <>
            <Tag color="error">尚不具备上会条件</Tag>
            <ul style={{ margin: '4px 0' }}>
              {agenda.missing.map((m, i) => (
                <li key={i}>{m.message}</li>
              ))}
            </ul>
            <Cites citations={agenda.citations} />
          </>
        )}
      </Descriptions.Item>
      {majorDecision && (
        <Descriptions.Item label="重大行政决策程序">
          {isSilent(majorDecision) ? (
            <SilentNote s={majorDecision} />
          ) : majorDecision.complete ? (
            <Tag color="success">法定程序已完成</Tag>
          ) : (
            <ul style={{ margin: 0 }}>
              {majorDecision.missing.map((m, i) => (
                <li key={i}>
                  缺少：{m.stepName ?? m.step} <Cites citations={[m.citation]} />
                </li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
      )}
      {leader && (
        <Descriptions.Item label="分管区领导">
          {leader.name}
          <Typography.Text type="secondary">（{leader.basis}）</Typography.Text>
          {leader.absent && (
            <div>
              <Tag color="orange">会议当日请假</Tag>
              {leader.actingName ? (
                <>
                  由 <b>{leader.actingName}</b> 代为履职（AB角）<Cites citations={leader.citations} />
                </>
              ) : (
                <>尚无代为履职的领导，须由区长指定。</>
              )}
            </div>
          )}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
