// An app's configuration: each setting a default with its source and its own schema; the stored value wins where it
// is valid. Each app keeps its own table (it owns it); this is the one place that resolves and validates values.
import type { z } from 'zod';
import { AppError } from './errors';

export interface SettingDef {
  label: string;
  schema: z.ZodType;
  default: unknown;
  source: string;
}

/** Every setting: the stored value where it is valid, else the default. */
export function resolveSettings<T>(defs: Record<string, SettingDef>, rows: { key: string; value: unknown }[]): T {
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(defs)) {
    const parsed = def.schema.safeParse(stored.get(key));
    out[key] = stored.has(key) && parsed.success ? parsed.data : def.default;
  }
  return out as T;
}

/** A new value for one setting, checked by its own schema: INVALID_INPUT in Chinese when unknown or invalid. */
export function parseSetting(defs: Record<string, SettingDef>, key: string, value: unknown) {
  const def = defs[key];
  if (!def) throw new AppError('INVALID_INPUT', `（未知的配置项：${key.slice(0, 40)}）`);
  const parsed = def.schema.safeParse(value);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `（${def.label}：${parsed.error.issues[0]?.message}）`);
  return { def, value: parsed.data as unknown };
}
