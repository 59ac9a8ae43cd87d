// Small pieces every supervision page uses: status tags with words, progress against 序时进度, due dates with the
// working days left and how they were computed, names from the directory.
import { useQuery } from '@tanstack/react-query';
import { proseDate, tableDate, workingDaysWords } from '@zhengling/web-shell';
import { Descriptions, Popover, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { LIGHT, LIGHT_WORD, STATUS, type Status } from '../labels';
import { useTRPC } from '../trpc';

export interface Thresholds {
  yellowPoints: number;
  redPoints: number;
  aheadPoints: number;
}

export function StatusTag({ status, thresholds }: { status: Status; thresholds?: Thresholds }) {
  const s = STATUS[status];
  const tag = <Tag color={s.color}>{s.label}</Tag>;
  if (!thresholds) return tag;
  return (
    <Tooltip
      title={`序时进度：落后超过${thresholds.yellowPoints}个百分点为黄灯、超过${thresholds.redPoints}个百分点为红灯（滞后），领先超过${thresholds.aheadPoints}个百分点为超前（阈值可在“配置”中调整）`}
    >
      {tag}
    </Tooltip>
  );
}

export function Light({ gap, thresholds }: { gap: number; thresholds: Thresholds }) {
  const light = gap > thresholds.redPoints ? 'red' : gap > thresholds.yellowPoints ? 'yellow' : 'green';
  return (
    <Tooltip title={`落后序时进度 ${Math.max(gap, 0)} 个百分点；黄灯>${thresholds.yellowPoints}，红灯>${thresholds.redPoints}`}>
      <span style={{ color: LIGHT[light], fontWeight: 600 }}>● {LIGHT_WORD[light]}</span>
    </Tooltip>
  );
}

/** Percent done, with the time-proportional mark beside it. */
export function ProgressAgainstTime({ percent, expected }: { percent: number; expected: number }) {
  return (
    <Tooltip title={`完成 ${percent}%，序时进度 ${expected}%`}>
      <div style={{ position: 'relative', minWidth: 120 }}>
        <Progress percent={percent} size="small" status={percent >= 100 ? 'success' : 'normal'} />
        <div
          aria-hidden
          style={{
            position: 'absolute',
            top: 2,
            left: `calc(${expected}% * 0.82)`,
            width: 2,
            height: 14,
            background: '#cf1322',
          }}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          序时 {expected}%
        </Typography.Text>
      </div>
    </Tooltip>
  );
}

interface Computation {
  rule?: { startDate: string; length: number; unit: string };
  convention?: string;
  totalLength?: number;
  extensions?: number[];
  pauses?: { from: string; to: string | null; daysNotCounted: number }[];
  counted?: string[];
  skipped?: { date: string; reason: string; name?: string }[];
  sources?: { title?: string; documentNumber?: string }[];
}

/** A due date: the concrete date, the working days left, and a click away, how it was computed. */
export function DueDate({
  dueDate,
  workingDaysLeft,
  computation,
  ruleSource,
  prose,
}: {
  dueDate: string | Date;
  workingDaysLeft?: number | null;
  computation?: unknown;
  ruleSource?: string;
  prose?: boolean;
}) {
  const c = (computation ?? {}) as Computation;
  const late = workingDaysLeft != null && workingDaysLeft < 0;
  const words = workingDaysLeft === undefined ? null : workingDaysWords(workingDaysLeft);
  const body = (
    <Space size={4} wrap>
      <span>{prose ? proseDate(dueDate) : tableDate(dueDate)}</span>
      {words && <Typography.Text type={late ? 'danger' : 'secondary'}>{words}</Typography.Text>}
    </Space>
  );
  if (!computation) return body;
  const holidays = (c.skipped ?? []).filter((s) => s.reason === 'holiday');
  return (
    <Popover
      title="时限如何计算"
      trigger="click"
      content={
        <Descriptions size="small" column={1} style={{ maxWidth: 420 }}>
          {ruleSource && <Descriptions.Item label="依据">{ruleSource}</Descriptions.Item>}
          {c.rule && (
            <Descriptions.Item label="规则">
              自 {c.rule.startDate} 起 {c.rule.length}
              {c.rule.unit === 'working_days' ? ' 个工作日' : c.rule.unit === 'months' ? ' 个月' : ' 日'}
            </Descriptions.Item>
          )}
          {c.convention && <Descriptions.Item label="计算口径">{c.convention}</Descriptions.Item>}
          {c.counted && <Descriptions.Item label="计入天数">{c.counted.length} 个工作日</Descriptions.Item>}
          {holidays.length > 0 && (
            <Descriptions.Item label="跳过节假日">
              {holidays.map((h) => `${h.date}${h.name ? `（${h.name}）` : ''}`).join('、')}
            </Descriptions.Item>
          )}
          {(c.skipped ?? []).length > 0 && (
            <Descriptions.Item label="跳过天数">{(c.skipped ?? []).length} 天（含周末）</Descriptions.Item>
          )}
          {(c.extensions ?? []).length > 0 && (
            <Descriptions.Item label="延期">{(c.extensions ?? []).join('、')}</Descriptions.Item>
          )}
          {(c.pauses ?? []).length > 0 && (
            <Descriptions.Item label="暂停">
              {(c.pauses ?? []).map((p) => `${p.from} 至 ${p.to ?? '今'}`).join('；')}
            </Descriptions.Item>
          )}
          {(c.sources ?? []).length > 0 && (
            <Descriptions.Item label="节假日安排">
              {(c.sources ?? []).map((s) => s.title ?? s.documentNumber).join('；')}
            </Descriptions.Item>
          )}
        </Descriptions>
      }
    >
      <a role="button" aria-label="查看时限计算">
        {body}
      </a>
    </Popover>
  );
}

/** Departments and leaders by id, as the directory names them. */
export function useNames() {
  const trpc = useTRPC();
  const departments = useQuery({ ...trpc.directory.departments.queryOptions(), staleTime: 600_000 });
  const leaders = useQuery({ ...trpc.directory.leaders.queryOptions(), staleTime: 600_000 });
  const dept = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
  const leader = new Map((leaders.data ?? []).map((l) => [l.id, l.name]));
  return {
    departments: departments.data ?? [],
    leaders: leaders.data ?? [],
    department: (id: string | null | undefined) => (id ? (dept.get(id) ?? '—') : '—'),
    leader: (id: string | null | undefined) => (id ? (leader.get(id) ?? '—') : '—'),
  };
}
