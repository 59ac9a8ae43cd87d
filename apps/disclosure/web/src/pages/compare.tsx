// Two texts side by side — an item's earlier version and its current text, or an old document and the one that
// amends it — with what was taken out and put in marked, line by line and within lines.
import { useQuery } from '@tanstack/react-query';
import { Card, Spin, Typography } from 'antd';
import { diffChars } from 'diff';
import { Link, useSearchParams } from 'react-router';
import { useTRPC } from '../trpc';

const refOf = (s: string | null) => {
  const [itemId = '', v] = (s ?? '').split(':');
  return { itemId, version: v ? Number(v) : undefined };
};
const textOf = (body: { type: string; text?: string; items?: string[]; rows?: string[][] }[]) =>
  body.map((b) => b.text ?? b.items?.join('\n') ?? b.rows?.map((r) => r.join('　')).join('\n') ?? '').join('\n');

export function ComparePage() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const left = refOf(params.get('left'));
  const right = refOf(params.get('right'));
  const pair = useQuery(trpc.items.compare.queryOptions({ left, right }));
  if (pair.isPending) return <Spin />;
  if (!pair.data) return null;
  const parts = diffChars(textOf(pair.data.left.body), textOf(pair.data.right.body));
  return (
    <div data-testid="compare">
      <Typography.Title level={4}>文本对照</Typography.Title>
      <div className="zl-compare">
        <Card size="small" title={<Link to={`/items/${pair.data.left.itemId}`}>{pair.data.left.label}</Link>}>
          <pre>{parts.map((p, i) => (p.added ? null : p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}</pre>
        </Card>
        <Card size="small" title={<Link to={`/items/${pair.data.right.itemId}`}>{pair.data.right.label}</Link>}>
          <pre>{parts.map((p, i) => (p.removed ? null : p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>))}</pre>
        </Card>
      </div>
    </div>
  );
}
