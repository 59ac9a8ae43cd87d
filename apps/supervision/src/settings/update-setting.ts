import { type Actor, AppError, auditedMutation } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import { SETTINGS, type SettingKey } from './settings';

/** Change one setting (validated by its own schema), audited with the value before and after. */
export async function updateSetting(db: Db, actor: Actor & { kind: 'user' }, key: string, value: unknown) {
  const def = SETTINGS[key as SettingKey];
  if (!def) throw new AppError('INVALID_INPUT', `（未知的配置项：${key.slice(0, 40)}）`);
  const parsed = def.schema.safeParse(value);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `（${def.label}：${parsed.error.issues[0]?.message}）`);
  const json = parsed.data as Prisma.InputJsonValue;
  return auditedMutation(db, actor, async (tx) => {
    const before = await tx.supervisionSetting.findUnique({ where: { key } });
    await tx.supervisionSetting.upsert({
      where: { key },
      create: { key, value: json, updatedById: actor.userId },
      update: { value: json, updatedById: actor.userId },
    });
    return {
      result: { key, value: parsed.data },
      audit: {
        action: 'setting.update',
        entityType: 'setting',
        entityId: key,
        before: before?.value ?? def.default,
        after: parsed.data,
      },
    };
  });
}
