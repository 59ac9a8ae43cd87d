// A file attached to a progress report, while the report waits for its head's sign-off: at most 10 MB, and only the
// kinds staff send (PDF, Word, Excel, OFD, PNG, JPEG), judged by the file's own bytes (file-type), not by its name.
// Kept in the database; served only to those who see the task.
import { createHash } from 'node:crypto';
import { type Actor, actorIdOf, AppError, auditedMutation } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { fileTypeFromBuffer } from 'file-type';
import { assertInScope, type TaskScope } from '../tasks/scope';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REPORT = 10;

/** What may be attached, by the type the bytes show: the MIME type stored and the file endings that go with it. */
const ALLOWED: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  // OFD (GB/T 33190, China's fixed-layout format) is a zip container
  'application/zip': ['ofd', 'zip'],
};

export async function attachFile(
  db: Db,
  actor: Actor,
  user: { departmentId: string },
  scope: TaskScope,
  input: { reportId: string; fileName: string; content: Buffer },
) {
  if (input.content.length === 0) throw new AppError('FILE_REJECTED', '（文件为空）');
  if (input.content.length > MAX_ATTACHMENT_BYTES) throw new AppError('FILE_REJECTED', '（单个附件不能超过 10 MB）');
  const ending = input.fileName.split('.').pop()?.toLowerCase() ?? '';
  const sniffed = await fileTypeFromBuffer(input.content);
  const mime = sniffed?.mime;
  if (!mime || !ALLOWED[mime]?.includes(ending))
    throw new AppError('FILE_REJECTED', '（只接受 PDF、Word(.docx)、Excel(.xlsx)、OFD、PNG、JPEG 文件，且扩展名须与文件内容一致）');
  // a name that is safe in a download header and on any file system: no path, no reserved or control characters
  const name = [...input.fileName]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 120);
  return auditedMutation(db, actor, async (tx) => {
    const report = await tx.progressReport.findUnique({ where: { id: input.reportId }, include: { task: true } });
    if (!report || report.departmentId !== user.departmentId) throw new AppError('NOT_FOUND');
    assertInScope(scope, report.task);
    if (report.status !== 'awaiting_sign_off')
      throw new AppError('WRONG_STATE', '（只能在负责人签发前添加附件）');
    if ((await tx.reportAttachment.count({ where: { reportId: report.id } })) >= MAX_ATTACHMENTS_PER_REPORT)
      throw new AppError('FILE_REJECTED', `（每份报告最多 ${MAX_ATTACHMENTS_PER_REPORT} 个附件）`);
    const sha256 = createHash('sha256').update(input.content).digest('hex');
    const file = await tx.reportAttachment.create({
      data: {
        reportId: report.id,
        fileName: name,
        mimeType: mime,
        size: input.content.length,
        sha256,
        content: new Uint8Array(input.content),
        uploadedById: actorIdOf(actor),
      },
      select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
    });
    return {
      result: file,
      audit: {
        action: 'report.attach',
        entityType: 'task',
        entityId: report.taskId,
        after: { reportId: report.id, attachmentId: file.id, fileName: name, size: file.size, sha256 },
      },
    };
  });
}

/** An attachment's bytes for someone who may see its task; NOT_FOUND otherwise. */
export async function readAttachment(db: Db, scope: TaskScope, id: string) {
  const file = await db.reportAttachment.findUnique({
    where: { id },
    include: { report: { include: { task: true } } },
  });
  if (!file) throw new AppError('NOT_FOUND');
  assertInScope(scope, file.report.task);
  return file;
}
