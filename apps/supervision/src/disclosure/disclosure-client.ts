// The disclosure app's intake API, called over tRPC as a service (never a user session): typed by its router's TYPE
// only, authenticated by the HMAC of this app's name under the shared secret (`pnpm start` makes one per run).
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { AppError } from '@zhengling/core';
import { serverEnv, serviceAuthorization } from '@zhengling/server-kit';
import type { AppRouter as DisclosureRouter } from '@zhengling/disclosure/router';

export type DisclosureClient = ReturnType<typeof disclosureClient>;

export function disclosureClient(url: string, secret = serverEnv.SERVICE_SECRET) {
  return createTRPCClient<DisclosureRouter>({
    links: [
      httpLink({
        url: `${url.replace(/\/$/, '')}/trpc`,
        headers: () => ({
          ...(secret ? { authorization: serviceAuthorization(secret, 'supervision') } : {}),
          'x-csrf-token': 'service',
        }),
      } as never),
    ],
  });
}

type SubmitInput = Parameters<DisclosureClient['intake']['submit']['mutate']>[0];

/** A draft submitted to the disclosure app's intake; its refusals come back as ours, with its Chinese message. */
export async function submitToDisclosure(client: DisclosureClient, input: SubmitInput): Promise<{ id: string; state: string; created: boolean }> {
  try {
    return await client.intake.submit.mutate(input);
  } catch (error) {
    throw asOurError(error);
  }
}

/** What became of a draft there (its state, its 索引号 once published), or null when it cannot be asked now. */
export async function disclosureStatus(client: DisclosureClient, sourceRef: string) {
  try {
    return await client.intake.status.query({ sourceRef });
  } catch {
    return null;
  }
}

function asOurError(error: unknown) {
  if (!(error instanceof TRPCClientError)) return error;
  const data = (error as TRPCClientError<never>).data as { messageZh?: string } | undefined;
  if (data?.messageZh) return new AppError('INVALID_INPUT', `（政务公开系统：${data.messageZh}）`);
  return new AppError('SERVICE_UNAVAILABLE', '（政务公开系统暂时无法连接）');
}
