// Small pieces the disclosure pages share: the options from the server, state and validity tags, a document body as
// blocks (React escapes every text: nothing stored is ever markup), and mutations that show the server's message.
import { type MutationFunction, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '@zhengling/web-shell';
import { App, Tag } from 'antd';
import { useState } from 'react';
import { type Outputs, useTRPC } from '../trpc';

export type Options = Outputs['items']['options'];
export type Block = Outputs['items']['get']['body'][number];

export function useOptions() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.items.options.queryOptions(), staleTime: 60_000 });
}

const STATE_COLOR: Record<string, string> = {
  draft: 'default',
  in_review: 'processing',
  awaiting_signoff: 'warning',
  published: 'success',
  withheld: 'error',
};
const VALIDITY_COLOR: Record<string, string> = { in_force: 'green', expired: 'default', repealed: 'red', amended: 'orange' };

export function StateTag({ state, options }: { state: string; options?: Options }) {
  return <Tag color={STATE_COLOR[state]}>{options?.labels.state[state as keyof Options['labels']['state']] ?? state}</Tag>;
}

export function ValidityTag({ validity, options }: { validity: string; options?: Options }) {
  return (
    <Tag color={VALIDITY_COLOR[validity]}>{options?.labels.validity[validity as keyof Options['labels']['validity']] ?? validity}</Tag>
  );
}

export function BodyView({ body }: { body: Block[] }) {
  return (
    <>
      {body.map((b, i) => {
        if (b.type === 'heading') return b.level === 1 ? <h2 key={i}>{b.text}</h2> : b.level === 2 ? <h3 key={i}>{b.text}</h3> : <h4 key={i}>{b.text}</h4>;
        if (b.type === 'paragraph') return <p key={i}>{b.text}</p>;
        if (b.type === 'list') {
          const items = b.items.map((t, j) => <li key={j}>{t}</li>);
          return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
        }
        const [head, ...rows] = b.rows;
        return (
          <table key={i}>
            <thead>
              <tr>{head?.map((c, j) => <th key={j}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((r, j) => (
                <tr key={j}>{r.map((c, k) => <td key={k}>{c}</td>)}</tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

/**
 * A mutation whose refusal is kept on the page (an Alert near the button says why, with the rule), and whose success
 * refreshes every query and says so.
 */
export function useAction<TInput, TOutput>(
  options: { mutationFn?: MutationFunction<TOutput, TInput> },
  done?: string,
  after?: (out: TOutput) => void,
) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: options.mutationFn,
    onMutate: () => setError(null),
    onSuccess: async (out: TOutput) => {
      await qc.invalidateQueries();
      if (done) void message.success(done);
      after?.(out);
    },
    onError: (e: unknown) => {
      const m = messageOf(e);
      setError(m);
      void message.error(m);
    },
  });
  return { ...mutation, error, clearError: () => setError(null) };
}
