// Who changed something: every change of state is attributable (who, when, what).

/** The app a change came through. */
export type AppName = 'supervision' | 'disclosure' | 'platform';

/** Who did it: a signed-in user, or a named system actor (the seed, the sweep, a CLI). */
export type Actor =
  | { kind: 'user'; userId: string; label: string; requestId?: string; app: AppName }
  | { kind: 'system'; label: string; requestId?: string; app: AppName };

export const systemActor = (label: string, app: AppName = 'platform'): Actor => ({
  kind: 'system',
  label,
  app,
});

/** The actor of a request: its signed-in user, or "anonymous". */
export const actorOf = (ctx: {
  user: { id: string; username: string } | null;
  requestId: string;
  app: AppName;
}): Actor =>
  ctx.user
    ? { kind: 'user', userId: ctx.user.id, label: ctx.user.username, requestId: ctx.requestId, app: ctx.app }
    : { kind: 'system', label: 'anonymous', requestId: ctx.requestId, app: ctx.app };

/**
 * What a user may see: every department (the supervision office, administrators, district leaders) or their own.
 * Decided in one place (the server kit's department-scoped procedure); use-cases receive it and apply it.
 */
export interface DepartmentScope {
  all: boolean;
  /** a `where` fragment limiting a query to the departments in scope */
  where: { departmentId?: string };
  /** throws NOT_FOUND (never FORBIDDEN) for an item of another department */
  assert(departmentId: string): void;
}

/** The actor of a signed-in request. */
export const userActorOf = (ctx: {
  user: { id: string; username: string };
  requestId: string;
  app: AppName;
}): Actor & { kind: 'user' } => ({
  kind: 'user',
  userId: ctx.user.id,
  label: ctx.user.username,
  requestId: ctx.requestId,
  app: ctx.app,
});

/** Who did it, as one id stored on a row: the user's id, or `system:<label>` for a system actor (the seed, a CLI). */
export const actorIdOf = (actor: Actor): string => (actor.kind === 'user' ? actor.userId : `system:${actor.label}`);
