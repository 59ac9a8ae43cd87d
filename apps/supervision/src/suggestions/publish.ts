// An answer published through the disclosure app's intake (answers are published except secrets and personal data:
// shared/DOMAIN.md), or exempted by the office with its reason recorded. Each round's signed answer is its own draft
// there (`suggestion:<id>:<round>`); sending again answers the same draft.
import { type Actor, actorIdOf, AppError, recordAudit } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { type DisclosureClient, submitToDisclosure } from '../disclosure/disclosure-client';
import { isOffice, type SuggestionUser } from './handling';
import { type AnswerCategory, ANSWER_CATEGORY_ZH, itemWord, proposerWord, SOURCE_BODY_ZH } from './words';

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function sendAnswerToDisclosure(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  client: DisclosureClient,
  id: string,
) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（答复由督查办报送公开）');
  const s = await db.suggestion.findUnique({ where: { id } });
  if (!s) throw new AppError('NOT_FOUND');
  if (!s.answerSignedBy || !s.answeredOn || !s.leadDepartmentId)
    throw new AppError('WRONG_STATE', '（答复经主办单位负责人签发后方可公开）');
  if (s.disclosureExempt) throw new AppError('WRONG_STATE', `（该件已确定不予公开：${s.exemptReason}）`);
  const unit = await db.department.findUniqueOrThrow({ where: { id: s.leadDepartmentId } });
  const word = itemWord(s.sourceBody);
  const answeredOn = day(s.answeredOn);
  const title = `${unit.name}关于${s.session}第${s.number}号${word}的答复${s.round > 1 ? '（重新办理）' : ''}`;
  const answer = await submitToDisclosure(client, {
    sourceRef: `suggestion:${s.id}:${s.round}`,
    fields: {
      kind: 'suggestion_answer',
      title: title.slice(0, 200),
      issuer: unit.name,
      draftingDepartmentId: s.leadDepartmentId,
      writtenOn: answeredOn,
      formedOn: answeredOn,
      // gov.cn's topic for the handling of suggestions and proposals (the disclosure app's configured categories)
      category: '综合政务',
      attribute: 'proactive',
      legalBasis: `${SOURCE_BODY_ZH[s.sourceBody as keyof typeof SOURCE_BODY_ZH]}办理`,
      summary: `《${s.title}》的答复，${ANSWER_CATEGORY_ZH[s.answerCategory as AnswerCategory]}`.slice(
        0,
        500,
      ),
      bodyText: [
        `${s.proposers.join('、')}${proposerWord(s.sourceBody)}：`,
        `您在${s.session}上提出的《${s.title}》（第${s.number}号${word}）收悉。${s.round > 1 ? '根据您对前次答复的意见，经重新办理，' : ''}现答复如下：`,
        s.answerText,
        `答复类别：${ANSWER_CATEGORY_ZH[s.answerCategory as AnswerCategory]}`,
        `${unit.name}    ${answeredOn}`,
      ].join('\n'),
      signoffKind: 'department',
      needsInterpretation: false,
    },
  });
  await db.$transaction(async (tx) => {
    if (s.disclosureItemId !== answer.id)
      await tx.suggestion.update({
        where: { id: s.id },
        data: {
          disclosureItemId: answer.id,
          sentAt: new Date(),
          version: { increment: 1 },
          updatedById: actorIdOf(actor),
        },
      });
    if (answer.created)
      await tx.suggestionEvent.create({
        data: {
          suggestionId: s.id,
          action: 'send-to-disclosure',
          note: title,
          byId: user.id,
          byName: user.displayName,
        },
      });
    await recordAudit(tx, actor, {
      action: 'suggestion.send-to-disclosure',
      entityType: 'suggestion',
      entityId: s.id,
      after: { disclosureItemId: answer.id, created: answer.created, round: s.round },
    });
  });
  return answer;
}

/** The office decides an answer is not published (it holds secrets or personal data), recording why. */
export async function exemptFromDisclosure(
  db: Db,
  actor: Actor,
  user: SuggestionUser,
  input: { id: string; version: number; reason: string },
) {
  if (!isOffice(user)) throw new AppError('FORBIDDEN', '（是否公开由督查办确定）');
  if (input.reason.trim().length < 4) throw new AppError('INVALID_INPUT', '（不予公开须写明理由）');
  return db.$transaction(async (tx) => {
    const s = await tx.suggestion.findUnique({ where: { id: input.id } });
    if (!s) throw new AppError('NOT_FOUND');
    if (s.version !== input.version)
      throw new AppError('CONFLICT', `（该件已被他人修改，当前为第${s.version}版）`);
    if (s.disclosureItemId) throw new AppError('WRONG_STATE', '（答复已报送公开）');
    const saved = await tx.suggestion.update({
      where: { id: s.id },
      data: {
        disclosureExempt: true,
        exemptReason: input.reason.trim(),
        version: { increment: 1 },
        updatedById: actorIdOf(actor),
      },
    });
    await tx.suggestionEvent.create({
      data: {
        suggestionId: s.id,
        action: 'exempt',
        note: input.reason.trim(),
        byId: user.id,
        byName: user.displayName,
      },
    });
    await recordAudit(tx, actor, {
      action: 'suggestion.exempt',
      entityType: 'suggestion',
      entityId: s.id,
      after: { reason: input.reason.trim() },
    });
    return saved;
  });
}
