import { type Actor, auditedMutation, parseSetting } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import { SETTINGS } from './settings';

/** Change one setting (validated by its own schema), audited with the value before and after. */
export async function updateSetting(db: Db, actor: Actor & { kind: 'user' }, key: string, value: unknown) {
  const { def, value: parsed } = parseSetting(SETTINGS, key, value);
  const json = parsed as Prisma.InputJsonValue;
  return auditedMutation(db, actor, async (tx) => {
    const before = await tx.disclosureSetting.findUnique({ where: { key } });
    await tx.disclosureSetting.upsert({
      where: { key },
      create: { key, value: json, updatedById: actor.userId },
      update: { value: json, updatedById: actor.userId },
    });
    return {
      result: { key, value: parsed },
      audit: { action: 'disclosure.setting.update', entityType: 'disclosure-setting', entityId: key, before: before?.value ?? def.default, after: parsed },
    };
  });
}

/** Each setting with its value, default and source: what the settings page shows. */
export async function listSettings(db: Db) {
  const rows = new Map((await db.disclosureSetting.findMany()).map((r) => [r.key, r]));
  return Object.entries(SETTINGS).map(([key, def]) => {
    const row = rows.get(key);
    return { key, label: def.label, value: row ? row.value : def.default, default: def.default, source: def.source, overridden: Boolean(row) };
  });
}
