// The tRPC client of a staff page: one client per app, pointing at the app's own /trpc. Mutations carry the session's
// CSRF token (from auth.me / auth.signIn); sign-in and password change go alone (the server refuses them batched).
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import type { AnyTRPCRouter } from '@trpc/server';

let csrfToken: string | null = null;
/** Set by the shell when it learns the session's token (auth.me, auth.signIn); null when signed out. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

const UNBATCHED = new Set(['auth.signIn', 'auth.changePassword']);

export function createClient<TRouter extends AnyTRPCRouter>(url = '/trpc') {
  const headers = () => ({ 'x-csrf-token': csrfToken ?? '1' });
  return createTRPCClient<TRouter>({
    links: [
      splitLink({
        condition: (op) => UNBATCHED.has(op.path),
        // (the options are the same for every router: no transformer; `never` only quiets the generic's inference)
        true: httpLink({ url, headers } as never),
        false: httpBatchLink({ url, headers, maxItems: 10 } as never),
      }),
    ],
  });
}

/** The error's Chinese message (every server error carries one), or a generic one. */
export function messageOf(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<AnyTRPCRouter>).data as { messageZh?: string } | undefined;
    if (data?.messageZh) return data.messageZh;
  }
  return '操作失败，请稍后重试。';
}

export const codeOf = (error: unknown): string | undefined =>
  error instanceof TRPCClientError
    ? ((error as TRPCClientError<AnyTRPCRouter>).data as { appCode?: string } | undefined)?.appCode
    : undefined;

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // a NOT_FOUND or FORBIDDEN answer will not change on retry
        retry: (count, error) => count < 2 && !['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'].includes(codeOf(error) ?? ''),
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
    },
  });
}
