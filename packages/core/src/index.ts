export { APP_ERRORS, AppError, type AppErrorCode, fromRuleError } from './errors';
export { actorOf, actorIdOf, userActorOf, systemActor, type Actor, type AppName, type DepartmentScope } from './actor';
export { auditedMutation, recordAudit, recordAudits, type AuditInput } from './audit';
export { chinaDate, chinaDateTime, instant, isoDate, rowId, text } from './schemas';
export { parseSetting, resolveSettings, type SettingDef } from './settings';
