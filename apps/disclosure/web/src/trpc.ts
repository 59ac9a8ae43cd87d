// The disclosure API from the browser: typed by the router's TYPE only.
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { createClient } from '@zhengling/web-shell';
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../src/router';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
export const trpcClient = createClient<AppRouter>();
export type Outputs = inferRouterOutputs<AppRouter>;
