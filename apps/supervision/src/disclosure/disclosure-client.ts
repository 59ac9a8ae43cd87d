// The disclosure app's intake API, called over tRPC as a service (never a user session): typed by its router's TYPE
// only, authenticated by the HMAC of this app's name under the shared secret (`pnpm start` makes one per run).
import { createTRPCClient, httpLink } from '@trpc/client';
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
