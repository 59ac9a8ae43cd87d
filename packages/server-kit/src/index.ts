export { serverEnv } from './env';
export { TRPC_CODE, domainErrorOf, toTrpcError } from './errors';
export {
  router,
  publicProcedure,
  signedInProcedure,
  roleProcedure,
  departmentScopedProcedure,
  createCallerFactory,
  middleware,
  departmentWhere,
  assertSameDepartment,
  seesAllDepartments,
  ALL_DEPARTMENT_ROLES,
  type Context,
  type ServerDeps,
  type AppName,
  type CookieJar,
} from './trpc';
export { auditRouter } from './audit/audit-router';
export {
  serviceProcedure,
  serviceAuthorization,
  serviceToken,
  callingApp,
} from './service/service-auth';
export { authRouter } from './auth/auth-router';
export { inboxRouter } from './shell/inbox-router';
export { SHELL_PROCEDURES, shellRouter, type ShellRouter } from './shell/shell-router';
export { createUser, type NewUser } from './auth/create-user';
export { hashPassword, verifyPassword, generatePassword, checkPasswordPolicy } from './auth/passwords';
export { LoginLimiter, DEFAULT_LOGIN_LIMITS, takeOrWait, type LoginLimits, type Refusal } from './auth/login-limiter';
export {
  SESSION_COOKIE,
  CSRF_HEADER,
  csrfTokenFor,
  createSession,
  resolveSession,
  type SessionUser,
} from './auth/sessions';
export {
  buildServer,
  startServer,
  createLogger,
  createRedis,
  readiness,
  type BuildServerOptions,
} from './server';
export { registerWebApp } from './web/web-app';
