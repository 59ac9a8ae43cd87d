import type { Db } from '@zhengling/db';
import { SETTINGS } from './settings';

/** Each setting with its value, default, source and who last changed it: what the settings page shows. */
export async function listSettings(db: Db) {
  const rows = new Map((await db.supervisionSetting.findMany()).map((r) => [r.key, r]));
  return Object.entries(SETTINGS).map(([key, def]) => {
    const row = rows.get(key);
    return {
      key,
      label: def.label,
      value: row ? row.value : def.default,
      default: def.default,
      source: def.source,
      /** an object setting's parts, as the page labels them */
      parts: 'parts' in def ? (def.parts as Record<string, string>) : null,
      overridden: Boolean(row),
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
