import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { CommentSubject } from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { can } from '../access/policy.js';
import { ActivityWriter } from '../activity/activity.writer.js';
import { decodeTimeCursor, encodeTimeCursor } from '../graphql/time-cursor.js';
import type { Actor } from '../auth/actor.js';
import {
  DEFAULT_PAGE_SIZE,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../graphql/connection.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../graphql/errors.js';
import { decodeGlobalId, requireGlobalId } from '../graphql/global-id.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import type { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import { appPaths } from '../notifications/app-paths.js';
import { NotificationsWriter } from '../notifications/notifications.writer.js';
import type { CommentEntity } from './comment.entity.js';
import type { AddCommentInput, UpdateCommentInput } from './comment.inputs.js';
import { toCommentModel, type Comment } from './comment.model.js';
import { CommentsRepository, type SubjectRow } from './comments.repository.js';
import { parseMentions, resolveMentions } from './mentions.js';

const COMMENT_BY_ID = loaderKey<string, CommentEntity | null>('commentById');
const COMMENT_MENTIONS = loaderKey<string, string[]>('commentMentions');

/** The global-id types a comment can be about. */
const SUBJECT_TYPES = new Map<string, CommentSubject>([
  ['Problem', 'PROBLEM'],
  ['Task', 'TASK'],
  ['Outcome', 'OUTCOME'],
]);
const NO_SUBJECT = 'No such problem, task or outcome.';

interface Subject {
  type: CommentSubject;
  id: string;
  problem: Problem;
  /** "HOUS-12 #4": how audit summaries name it. */
  name: string;
  row: SubjectRow;
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly comments: CommentsRepository,
    private readonly problems: ProblemsService,
    private readonly users: UsersService,
    private readonly activity: ActivityWriter,
    private readonly notifications: NotificationsWriter,
  ) {}

  /** A subject's discussion, oldest first; NOT_FOUND when the caller may not see the subject. */
  async list(
    actor: Actor,
    subjectId: string,
    page: PageArgs,
    loaders: RequestLoaders,
  ): Promise<ConnectionShape<Comment>> {
    const after = decodeTimeCursor(page.after);
    const subject = await this.requireSubject(actor, subjectId, 'subjectId', loaders);
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const { rows, totalCount } = await this.comments.listForSubject(
      actor,
      { type: subject.type, id: subject.id },
      after,
      limit + 1,
    );
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => encodeTimeCursor({ createdAt: row.cursorAt, id: row.comment.id }),
      (row) => toCommentModel(row.comment),
    );
  }

  /** The comment if the caller may see its problem, else null. */
  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<Comment | null> {
    if (!actor) return null;
    const entity = await this.loader(actor, loaders).load(id);
    return entity ? toCommentModel(entity) : null;
  }

  async add(actor: Actor, input: AddCommentInput, loaders: RequestLoaders): Promise<Comment> {
    const subject = await this.requireSubject(actor, input.subjectId, 'input.subjectId', loaders);
    this.assertMayComment(actor, subject.problem);
    const id = await this.dataSource.transaction(async (tx) => {
      // Locks the subject: a task deleted meanwhile can't end up with an orphan comment.
      const live = await this.comments.findSubject(subject.type, subject.id, tx);
      if (!live) throw NotFoundError.forField('input.subjectId', NO_SUBJECT);
      const commentId = await this.comments.insert(tx, {
        problemId: live.problemId,
        subjectType: subject.type,
        subjectId: subject.id,
        authorId: actor.userId,
        // Stored exactly as written: rendering it safely is the client's job.
        body: input.body,
      });
      const mentioned = await this.saveMentions(tx, actor, commentId, input.body);
      await this.notifyMentioned(
        tx,
        actor,
        commentId,
        subject.problem,
        subject.type,
        live,
        mentioned,
      );
      await this.activity.record(tx, actor, {
        action: 'comment.created',
        subjectType: 'Comment',
        subjectId: commentId,
        problemId: live.problemId,
        summary: `commented on ${subject.name}`,
      });
      return commentId;
    });
    return this.reload(actor, id);
  }

  /** The author rewrites a comment; mentions are read again from the new body. */
  async update(actor: Actor, input: UpdateCommentInput, loaders: RequestLoaders): Promise<Comment> {
    const id = requireGlobalId(input.id, 'Comment', 'input.id');
    const { comment, problem } = await this.requireVisible(actor, id, loaders);
    if (comment.authorId !== actor.userId)
      throw new ForbiddenError('Only its author can edit a comment.');
    this.assertMayComment(actor, problem);
    const subject = await this.comments.findSubject(comment.subjectType, comment.subjectId);
    const name = nameWith(problem.key, subject?.label ?? null);
    await this.dataSource.transaction(async (tx) => {
      const updated = await this.comments.updateVersioned(tx, id, input.version, input.body);
      if (!updated) {
        const currentVersion = await this.comments.currentVersion(tx, id);
        if (currentVersion === null) throw new NotFoundError('That comment');
        throw new ConflictError(currentVersion);
      }
      // Only the newly mentioned are told: an edit doesn't repeat a mention already made.
      const mentioned = await this.saveMentions(tx, actor, id, input.body);
      if (subject)
        await this.notifyMentioned(tx, actor, id, problem, comment.subjectType, subject, mentioned);
      await this.activity.record(tx, actor, {
        action: 'comment.updated',
        subjectType: 'Comment',
        subjectId: id,
        problemId: comment.problemId,
        summary: `edited a comment on ${name}`,
        changes:
          updated.before === input.body
            ? []
            : [{ field: 'body', before: updated.before, after: input.body }],
      });
    });
    return this.reload(actor, id);
  }

  /** Its author, or whoever may edit the problem (its lead, an administrator). */
  async delete(actor: Actor, globalId: string, loaders: RequestLoaders): Promise<boolean> {
    const id = requireGlobalId(globalId, 'Comment', 'id');
    const { comment, problem } = await this.requireVisible(actor, id, loaders);
    const mayDelete =
      comment.authorId === actor.userId ||
      can(actor, 'edit', { visibility: problem.visibility, memberRole: problem.viewerRole });
    if (!mayDelete)
      throw new ForbiddenError(
        'Only its author, the problem’s lead or an administrator can delete a comment.',
      );
    const name = await this.nameOf(comment, problem);
    await this.dataSource.transaction(async (tx) => {
      const body = await this.comments.delete(tx, id);
      if (body === null) throw new NotFoundError('That comment');
      // The audit log keeps what was said: the record outlives the comment.
      await this.activity.record(tx, actor, {
        action: 'comment.deleted',
        subjectType: 'Comment',
        subjectId: id,
        problemId: comment.problemId,
        summary: `deleted a comment on ${name}`,
        changes: [{ field: 'body', before: body, after: null }],
      });
    });
    return true;
  }

  /**
   * For the feature that deletes a task or outcome, inside its transaction: comments have no
   * foreign key to their subject (it may be one of three tables).
   */
  async deleteAllOn(tx: EntityManager, type: CommentSubject, subjectId: string): Promise<void> {
    await this.comments.deleteForSubject(tx, type, subjectId);
  }

  /**
   * Whoever may read a comment may see who wrote it, even a PARTNER-only reader for whom the
   * people directory would hide the author: a discussion without its speakers is no use.
   */
  async author(comment: Comment, loaders: RequestLoaders): Promise<User> {
    const author = await this.users.findOnVisibleProblem(comment.authorId, loaders);
    if (!author) throw new Error(`comment ${comment.uuid} has no author`);
    return author;
  }

  /** The people mentioned, as far as the directory lets the caller see them. */
  async mentions(actor: Actor | null, comment: Comment, loaders: RequestLoaders): Promise<User[]> {
    const ids = await loaders
      .get(
        COMMENT_MENTIONS,
        () =>
          new DataLoader(async (commentIds: readonly string[]) => {
            const byComment = await this.comments.mentionsOf(commentIds);
            return commentIds.map((id) => byComment.get(id) ?? []);
          }),
      )
      .load(comment.uuid);
    const users = await Promise.all(ids.map((id) => this.users.findVisible(actor, id, loaders)));
    return users.filter((user): user is User => user !== null);
  }

  private async requireSubject(
    actor: Actor,
    globalId: string,
    path: string,
    loaders: RequestLoaders,
  ): Promise<Subject> {
    const decoded = decodeGlobalId(globalId);
    const type = decoded && SUBJECT_TYPES.get(decoded.type);
    if (!decoded || !type)
      throw new InvalidInputError([{ path, message: 'is not a Problem, Task or Outcome id' }]);
    const row = await this.comments.findSubject(type, decoded.id);
    const problem = row && (await this.problems.findVisible(actor, row.problemId, loaders));
    if (!row || !problem) throw NotFoundError.forField(path, NO_SUBJECT);
    return { type, id: decoded.id, problem, name: nameWith(problem.key, row.label), row };
  }

  private async requireVisible(
    actor: Actor,
    id: string,
    loaders: RequestLoaders,
  ): Promise<{ comment: CommentEntity; problem: Problem }> {
    const comment = await this.loader(actor, loaders).load(id);
    const problem = comment && (await this.problems.findVisible(actor, comment.problemId, loaders));
    if (!comment || !problem) throw new NotFoundError('That comment');
    return { comment, problem };
  }

  private assertMayComment(actor: Actor, problem: Problem): void {
    if (!can(actor, 'comment', { visibility: problem.visibility, memberRole: problem.viewerRole }))
      throw new ForbiddenError('Only the problem’s team can comment on it.');
  }

  /** "HOUS-12 #4" for a comment's subject (just the key when the subject is gone). */
  private async nameOf(comment: CommentEntity, problem: Problem): Promise<string> {
    const subject = await this.comments.findSubject(comment.subjectType, comment.subjectId);
    return nameWith(problem.key, subject?.label ?? null);
  }

  /** The people newly mentioned. */
  private async saveMentions(
    tx: EntityManager,
    author: Actor,
    commentId: string,
    body: string,
  ): Promise<string[]> {
    const parsed = parseMentions(body);
    const candidates = await this.comments.findMentionable(
      tx,
      author,
      parsed.handles,
      parsed.emails,
    );
    return this.comments.replaceMentions(tx, commentId, resolveMentions(parsed, candidates));
  }

  private async notifyMentioned(
    tx: EntityManager,
    actor: Actor,
    commentId: string,
    problem: Problem,
    type: CommentSubject,
    subject: SubjectRow,
    mentioned: readonly string[],
  ): Promise<void> {
    const url = {
      PROBLEM: appPaths.discussion(problem.key),
      TASK: appPaths.task(problem.key, subject.taskNumber ?? 0),
      OUTCOME: appPaths.outcomes(problem.key),
    }[type];
    const name = [problem.key, subject.label, subject.title].filter(Boolean).join(' ');
    await this.notifications.notify(tx, actor, {
      kind: 'MENTIONED',
      recipientIds: mentioned,
      problemId: subject.problemId,
      subjectType: 'Comment',
      subjectId: commentId,
      summary: `mentioned you on ${name}`,
      url,
    });
  }

  private async reload(actor: Actor, id: string): Promise<Comment> {
    const entity = (await this.comments.findVisibleByIds(actor, [id])).get(id);
    if (!entity) throw new NotFoundError('That comment');
    return toCommentModel(entity);
  }

  private loader(actor: Actor, loaders: RequestLoaders) {
    return loaders.get(
      COMMENT_BY_ID,
      () =>
        new DataLoader(async (ids) =>
          byKeys(ids, await this.comments.findVisibleByIds(actor, ids)),
        ),
    );
  }
}

function nameWith(key: string, label: string | null): string {
  return label ? `${key} ${label}` : key;
}
