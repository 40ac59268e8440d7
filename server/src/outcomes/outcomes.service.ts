import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  HEALTH_WORDS,
  addDays,
  DUE_SOON_DAYS,
  isStale,
  nextDueDate,
  outcomeDefinitionProblems,
  outcomeFigures,
  todayIn,
  type OutcomeDefinition,
  type OutcomeFigures,
  type OutcomeHealth,
} from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { can, memberCan, type ProblemAction } from '../access/policy.js';
import { ActivityWriter, changedSummary, diffFields } from '../activity/activity.writer.js';
import type { Actor } from '../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../graphql/errors.js';
import { requireGlobalId } from '../graphql/global-id.js';
import { byKeys, loaderKey, type RequestLoaders } from '../graphql/loaders.js';
import type { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import { appPaths } from '../notifications/app-paths.js';
import { NotificationsWriter } from '../notifications/notifications.writer.js';
import type { User } from '../users/user.model.js';
import { UsersService } from '../users/users.service.js';
import type { MeasurementEntity } from './measurement.entity.js';
import { toMeasurementModel, type Measurement } from './measurement.model.js';
import type { OutcomeEntity } from './outcome.entity.js';
import type {
  CreateOutcomeInput,
  RecordMeasurementInput,
  UpdateOutcomeInput,
} from './outcome.inputs.js';
import { toOutcomeModel, type Outcome, type OutcomeSchedule } from './outcome.model.js';
import {
  OutcomesRepository,
  type MeasurementRange,
  type OutcomeChanges,
  type OutcomeWithLatest,
} from './outcomes.repository.js';

const OUTCOME_BY_ID = loaderKey<string, OutcomeEntity | null>('outcomeById');
const OUTCOMES_BY_PROBLEM = loaderKey<string, Outcome[]>('outcomesByProblem');
const OUTCOMES_BY_TASK = loaderKey<string, OutcomeEntity[]>('outcomesByTask');
const LATEST_MEASUREMENT = loaderKey<string, MeasurementEntity | null>('latestMeasurement');
const MEASUREMENTS = loaderKey<MeasurementsKey, MeasurementEntity[]>('measurementsInRange');
const FIGURES = loaderKey<Outcome, OutcomeFigures>('outcomeFigures');

interface MeasurementsKey extends MeasurementRange {
  outcomeId: string;
}

const AUDITED_FIELDS = [
  'name',
  'description',
  'unit',
  'direction',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
  'dataSource',
  'ownerId',
  'cadence',
  'suppressBelow',
  'isPublic',
] as const satisfies readonly (keyof OutcomeEntity)[];

/** The fields whose change can change an outcome's health. */
const DEFINITION_FIELDS = [
  'direction',
  'baselineValue',
  'baselineDate',
  'targetValue',
  'targetDate',
] as const satisfies readonly (keyof OutcomeChanges)[];

/** Who hears of an outcome's health: its owner, by default the problem's lead (PRODUCT.md). */
function healthRecipientOf(outcome: OutcomeEntity, problem: Problem): string | null {
  return outcome.ownerId ?? problem.leadId;
}
/** My work's "Due" list: at most this many, soonest first. */
export const MY_DUE_LIMIT = 50;

const DENIED = {
  edit: 'Only the problem’s lead or an administrator can define its outcomes.',
  contribute: 'Only the problem’s team (not observers or sponsors) can record measurements.',
} as const satisfies Partial<Record<ProblemAction, string>>;

/** Outcomes, their measurements and computed figures. Visibility follows the problem. */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outcomes: OutcomesRepository,
    private readonly problems: ProblemsService,
    private readonly activity: ActivityWriter,
    private readonly notifications: NotificationsWriter,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The outcome if the caller may see its problem, else null (no hint that it exists). */
  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<Outcome | null> {
    const entity = await this.byIdLoader(loaders).load(id);
    if (!entity) return null;
    const problem = await this.problems.findVisible(actor, entity.problemId, loaders);
    return problem ? toOutcomeModel(entity) : null;
  }

  /**
   * A visible problem's outcomes (the caller resolved the problem, so may see them), with their
   * latest measurements and figures.
   */
  forProblem(problem: Problem, loaders: RequestLoaders): Promise<Outcome[]> {
    return this.byProblemLoader(loaders).load(problem.uuid);
  }

  /** The outcomes a visible task contributes to. */
  async forTask(taskId: string, loaders: RequestLoaders): Promise<Outcome[]> {
    const loader = loaders.get(
      OUTCOMES_BY_TASK,
      () =>
        new DataLoader<string, OutcomeEntity[]>(async (ids) => {
          const rows = await this.outcomes.findByTaskIds(ids);
          return ids.map((id) => rows.get(id) ?? []);
        }),
    );
    return (await loader.load(taskId)).map(toOutcomeModel);
  }

  async problemOf(actor: Actor | null, outcome: Outcome, loaders: RequestLoaders) {
    const problem = await this.problems.findVisible(actor, outcome.problemId, loaders);
    // An outcome is only ever resolved through its visible problem.
    if (!problem) throw new NotFoundError('That problem');
    return problem;
  }

  /** Without a promise when it was read with the outcome: a portfolio page shows hundreds. */
  latest(
    outcome: Outcome,
    loaders: RequestLoaders,
  ): Measurement | null | Promise<Measurement | null> {
    if (outcome.withLatest) return outcome.withLatest.latest;
    return this.latestLoader(loaders)
      .load(outcome.uuid)
      .then((entity) => (entity ? toMeasurementModel(entity) : null));
  }

  /**
   * Progress, planned progress and health: the shared formulas over the latest measurement.
   * Computed once per outcome object of a request, however many of its figures are asked for.
   */
  figures(outcome: Outcome, loaders: RequestLoaders): OutcomeFigures | Promise<OutcomeFigures> {
    return outcome.withLatest?.figures ?? this.figuresLoader(loaders).load(outcome);
  }

  /**
   * The next due date and staleness (shared/'s nextDueDate and isStale, today in the workspace
   * zone), from the latest measurement: without a promise when it was read with the outcome.
   */
  schedule(outcome: Outcome, loaders: RequestLoaders): OutcomeSchedule | Promise<OutcomeSchedule> {
    if (outcome.withLatest) return outcome.withLatest.schedule;
    return this.latestLoader(loaders)
      .load(outcome.uuid)
      .then((latest) => scheduleOf(outcome, latest?.observedAt ?? null, this.today()));
  }

  /** Who reports the outcome: its owner, else its problem's lead, as the caller may see them. */
  async owner(
    actor: Actor | null,
    outcome: Outcome,
    loaders: RequestLoaders,
  ): Promise<User | null> {
    const ownerId = outcome.ownerId ?? (await this.problemOf(actor, outcome, loaders)).leadId;
    return ownerId ? this.users.findVisible(actor, ownerId, loaders) : null;
  }

  /**
   * Outcomes the caller reports (owner, or lead of a problem where no owner is set) on problems
   * it may see, that are stale or due within DUE_SOON_DAYS: soonest due first, at most
   * MY_DUE_LIMIT. Each comes with its latest measurement and figures.
   */
  async dueForMe(actor: Actor): Promise<Outcome[]> {
    const today = this.today();
    const rows = await this.outcomes.findDueForOwner(actor, {
      dueBy: addDays(today, DUE_SOON_DAYS),
      limit: MY_DUE_LIMIT,
    });
    return rows.map((row) => withLatestModel(row, today));
  }

  async measurements(
    outcome: Outcome,
    range: MeasurementRange,
    loaders: RequestLoaders,
  ): Promise<Measurement[]> {
    if (range.from && range.to && range.to < range.from) {
      throw new InvalidInputError([{ path: 'to', message: 'must not be before `from`' }]);
    }
    const loader = this.measurementsLoader(loaders);
    const rows = await loader.load({
      outcomeId: outcome.uuid,
      from: range.from ?? null,
      to: range.to ?? null,
    });
    return rows.map(toMeasurementModel);
  }

  async create(actor: Actor, input: CreateOutcomeInput, loaders: RequestLoaders): Promise<Outcome> {
    const problem = await this.problems.requireVisible(
      actor,
      input.problemId,
      'input.problemId',
      loaders,
    );
    this.authorize(actor, 'edit', problem);
    assertDefinition(input);
    const ownerId = input.ownerId ? requireGlobalId(input.ownerId, 'User', 'input.ownerId') : null;
    const outcome = await this.dataSource.transaction(async (tx) => {
      if (ownerId) await this.assertOwner(tx, problem.uuid, ownerId);
      const created = await this.outcomes.insert(tx, {
        problemId: problem.uuid,
        name: input.name.trim(),
        description: blankToNull(input.description),
        unit: input.unit.trim(),
        direction: input.direction,
        baselineValue: input.baselineValue,
        baselineDate: input.baselineDate,
        targetValue: input.targetValue,
        targetDate: input.targetDate,
        dataSource: input.dataSource?.trim() || null,
        ownerId,
        cadence: input.cadence ?? null,
        suppressBelow: input.suppressBelow ?? null,
        isPublic: input.isPublic ?? true,
      });
      await this.activity.record(tx, actor, {
        action: 'outcome.created',
        subjectType: 'Outcome',
        subjectId: created.id,
        problemId: problem.uuid,
        summary: `defined the outcome ${created.name} for ${problem.key}`,
      });
      return created;
    });
    return toOutcomeModel(outcome);
  }

  async update(actor: Actor, input: UpdateOutcomeInput, loaders: RequestLoaders): Promise<Outcome> {
    const { current, problem } = await this.requireOutcome(actor, input.id, 'input.id', loaders);
    this.authorize(actor, 'edit', problem);
    // A stale version is a conflict before anything else: the definition the caller edited
    // is not the one stored.
    if (current.version !== input.version) throw new ConflictError(current.version);
    const changes = changesFrom(input);
    assertDefinition({
      direction: changes.direction ?? current.direction,
      baselineValue: changes.baselineValue ?? current.baselineValue,
      baselineDate: changes.baselineDate ?? current.baselineDate,
      targetValue: changes.targetValue ?? current.targetValue,
      targetDate: changes.targetDate ?? current.targetDate,
    });
    const updated = await this.dataSource.transaction(async (tx) => {
      if (changes.ownerId) await this.assertOwner(tx, problem.uuid, changes.ownerId);
      const row = await this.outcomes.updateVersioned(tx, current.id, input.version, changes);
      if (!row) {
        const currentVersion = await this.outcomes.currentVersion(tx, current.id);
        if (currentVersion === null) throw new NotFoundError('That outcome');
        throw new ConflictError(currentVersion);
      }
      const diff = diffFields(current, changes, AUDITED_FIELDS);
      await this.activity.record(tx, actor, {
        action: 'outcome.updated',
        subjectType: 'Outcome',
        subjectId: current.id,
        problemId: problem.uuid,
        summary: changedSummary(diff, `${row.name}, ${problem.key}`),
        changes: diff,
      });
      if (DEFINITION_FIELDS.some((field) => field in changes)) {
        const latest = await this.outcomes.latestOf(tx, current.id);
        const today = this.today();
        await this.notifyHealth(tx, actor, problem, row, {
          before: outcomeFigures(current, latest, today).health,
          after: outcomeFigures(row, latest, today).health,
          summary: `${changedSummary(diff, `${row.name}, ${problem.key}`)}:`,
        });
      }
      return row;
    });
    return toOutcomeModel(updated);
  }

  async record(
    actor: Actor,
    input: RecordMeasurementInput,
    loaders: RequestLoaders,
  ): Promise<Measurement> {
    const { current, problem } = await this.requireOutcome(
      actor,
      input.outcomeId,
      'input.outcomeId',
      loaders,
    );
    this.authorize(actor, 'contribute', problem);
    const measurement = await this.dataSource.transaction(async (tx) => {
      const previous = await this.outcomes.latestOf(tx, current.id);
      const created = await this.outcomes.insertMeasurement(tx, {
        outcomeId: current.id,
        observedAt: input.observedAt,
        value: input.value,
        note: input.note?.trim() || null,
        source: 'MANUAL',
        recordedById: actor.userId,
      });
      await this.activity.record(tx, actor, {
        action: 'measurement.recorded',
        subjectType: 'Outcome',
        subjectId: current.id,
        problemId: problem.uuid,
        summary: `recorded ${created.value} ${current.unit} for ${current.name}, ${problem.key}`,
        changes: [
          { field: 'observedAt', before: null, after: created.observedAt },
          { field: 'value', before: null, after: String(created.value) },
          ...(created.note ? [{ field: 'note', before: null, after: created.note }] : []),
        ],
      });
      // The new one is the latest unless an earlier-recorded one is dated later (ties: the new).
      const latest = previous && previous.observedAt > created.observedAt ? previous : created;
      const today = this.today();
      await this.notifyHealth(tx, actor, problem, current, {
        before: outcomeFigures(current, previous, today).health,
        after: outcomeFigures(current, latest, today).health,
        summary: `recorded ${created.value} ${current.unit} for ${current.name}, ${problem.key}:`,
      });
      return created;
    });
    return toMeasurementModel(measurement);
  }

  /** Tells the outcome's owner when its health changed: "…: now On track (was At risk)". */
  private async notifyHealth(
    tx: EntityManager,
    actor: Actor,
    problem: Problem,
    outcome: OutcomeEntity,
    change: { before: OutcomeHealth; after: OutcomeHealth; summary: string },
  ): Promise<void> {
    if (change.before === change.after) return;
    await this.notifications.notify(tx, actor, {
      kind: 'OUTCOME_HEALTH_CHANGED',
      recipientIds: [healthRecipientOf(outcome, problem)],
      problemId: problem.uuid,
      subjectType: 'Outcome',
      subjectId: outcome.id,
      summary: `${change.summary} now ${HEALTH_WORDS[change.after]} (was ${HEALTH_WORDS[change.before]})`,
      url: appPaths.outcomes(problem.key),
    });
  }

  /**
   * Someone who leaves the team, or no longer records measurements on it, reports nothing there:
   * their outcomes go back to the lead, in the caller's transaction, each change audited as an
   * outcome update by the one who changed the team.
   */
  async releaseOwnership(
    tx: EntityManager,
    actor: Actor,
    problem: Problem,
    userId: string,
  ): Promise<void> {
    const released = await this.outcomes.releaseOwnership(tx, problem.uuid, userId);
    for (const outcome of released) {
      const changes = [{ field: 'ownerId', before: userId, after: null }];
      await this.activity.record(tx, actor, {
        action: 'outcome.updated',
        subjectType: 'Outcome',
        subjectId: outcome.id,
        problemId: problem.uuid,
        summary: changedSummary(changes, `${outcome.name}, ${problem.key}`),
        changes,
      });
    }
  }

  /** "Today" in the workspace's time zone: planned progress without a measurement uses it. */
  today(): string {
    return todayIn(this.config.WORKSPACE_TIME_ZONE);
  }

  /**
   * An owner reports the figures, so must be on the team in a role that may record them (not an
   * observer or sponsor). Checked in the transaction that writes the owner.
   */
  private async assertOwner(tx: EntityManager, problemId: string, userId: string): Promise<void> {
    const role = await this.outcomes.memberRole(tx, problemId, userId);
    if (!role || !memberCan(role, 'contribute')) {
      throw new InvalidInputError([
        {
          path: 'input.ownerId',
          message: 'must be a member of the problem’s team who can record measurements',
        },
      ]);
    }
  }

  /** The outcome behind a global id and its problem, or NOT_FOUND when the caller can't see it. */
  private async requireOutcome(
    actor: Actor,
    globalId: string,
    path: string,
    loaders: RequestLoaders,
  ): Promise<{ current: OutcomeEntity; problem: Problem }> {
    const id = requireGlobalId(globalId, 'Outcome', path);
    // Read fresh, not through the request's loader: a mutation decides on the stored row.
    const current = (await this.outcomes.findByIds([id])).get(id);
    const problem = current && (await this.problems.findVisible(actor, current.problemId, loaders));
    if (!current || !problem) throw NotFoundError.forField(path, 'No such outcome.');
    return { current, problem };
  }

  private authorize(actor: Actor, action: keyof typeof DENIED, problem: Problem): void {
    if (!can(actor, action, { visibility: problem.visibility, memberRole: problem.viewerRole })) {
      throw new ForbiddenError(DENIED[action]);
    }
  }

  private byIdLoader(loaders: RequestLoaders) {
    return loaders.get(
      OUTCOME_BY_ID,
      () => new DataLoader(async (ids) => byKeys(ids, await this.outcomes.findByIds(ids))),
    );
  }

  private byProblemLoader(loaders: RequestLoaders) {
    return loaders.get(
      OUTCOMES_BY_PROBLEM,
      () =>
        new DataLoader<string, Outcome[]>(async (ids) => {
          const rows = await this.outcomes.findByProblemIds(ids);
          const today = this.today();
          return ids.map((id) => (rows.get(id) ?? []).map((row) => withLatestModel(row, today)));
        }),
    );
  }

  private measurementsLoader(loaders: RequestLoaders) {
    return loaders.get(
      MEASUREMENTS,
      () =>
        new DataLoader<MeasurementsKey, MeasurementEntity[], string>(
          async (keys) => {
            // One statement per distinct range (a page normally asks for one).
            const byRange = new Map<string, Promise<Map<string, MeasurementEntity[]>>>();
            for (const key of keys) {
              const r = rangeKey(key);
              if (!byRange.has(r)) {
                const ids = keys.filter((k) => rangeKey(k) === r).map((k) => k.outcomeId);
                byRange.set(r, this.outcomes.measurementsByOutcomeIds(ids, key));
              }
            }
            return Promise.all(
              keys.map(async (key) => (await byRange.get(rangeKey(key)))?.get(key.outcomeId) ?? []),
            );
          },
          { cacheKeyFn: (key) => `${key.outcomeId}|${rangeKey(key)}` },
        ),
    );
  }

  /** Keyed by the outcome object itself: its definition is what the formulas read. */
  private figuresLoader(loaders: RequestLoaders) {
    return loaders.get(
      FIGURES,
      () =>
        new DataLoader<Outcome, OutcomeFigures>(async (outcomes) => {
          const latest = await this.latestLoader(loaders).loadMany(outcomes.map((o) => o.uuid));
          const today = this.today();
          return outcomes.map((outcome, i) => {
            const measurement = latest[i] ?? null;
            return measurement instanceof Error
              ? measurement
              : outcomeFigures(outcome, measurement, today);
          });
        }),
    );
  }

  private latestLoader(loaders: RequestLoaders) {
    return loaders.get(
      LATEST_MEASUREMENT,
      () => new DataLoader(async (ids) => byKeys(ids, await this.outcomes.latestByOutcomeIds(ids))),
    );
  }
}

/** An outcome read with its latest measurement: its figures and schedule answer without a promise. */
function withLatestModel({ outcome, latest }: OutcomeWithLatest, today: string): Outcome {
  const model = toOutcomeModel(outcome);
  model.withLatest = {
    latest: latest && toMeasurementModel(latest),
    figures: outcomeFigures(outcome, latest, today),
    schedule: scheduleOf(outcome, latest?.observedAt ?? null, today),
  };
  return model;
}

function scheduleOf(
  outcome: Pick<Outcome, 'cadence' | 'baselineDate'>,
  latestObservedAt: string | null,
  today: string,
): OutcomeSchedule {
  const due = nextDueDate(outcome.cadence, latestObservedAt, outcome.baselineDate);
  return { nextDueDate: due, stale: isStale(due, today) };
}

function rangeKey(range: MeasurementRange): string {
  return `${range.from ?? ''}|${range.to ?? ''}`;
}

/** A definition that can't give a progress is refused, naming the field (PRODUCT.md). */
function assertDefinition(definition: OutcomeDefinition): void {
  const problems = outcomeDefinitionProblems(definition);
  if (problems.length) {
    throw new InvalidInputError(
      problems.map((p) => ({ path: `input.${p.field}`, message: p.message })),
    );
  }
}

/** Absent or null leaves a required field as it is; null clears the optional ones. */
function changesFrom(input: UpdateOutcomeInput): OutcomeChanges {
  const changes: OutcomeChanges = {};
  if (input.name != null) changes.name = input.name.trim();
  if (input.description !== undefined) changes.description = blankToNull(input.description);
  if (input.unit != null) changes.unit = input.unit.trim();
  if (input.direction != null) changes.direction = input.direction;
  if (input.baselineValue != null) changes.baselineValue = input.baselineValue;
  if (input.baselineDate != null) changes.baselineDate = input.baselineDate;
  if (input.targetValue != null) changes.targetValue = input.targetValue;
  if (input.targetDate != null) changes.targetDate = input.targetDate;
  if (input.dataSource !== undefined) changes.dataSource = input.dataSource?.trim() || null;
  if (input.ownerId !== undefined) {
    changes.ownerId = input.ownerId
      ? requireGlobalId(input.ownerId, 'User', 'input.ownerId')
      : null;
  }
  if (input.cadence !== undefined) changes.cadence = input.cadence;
  if (input.suppressBelow !== undefined) changes.suppressBelow = input.suppressBelow;
  if (input.isPublic != null) changes.isPublic = input.isPublic;
  return changes;
}

/** Markdown is kept as written, but a blank description is no description. */
function blankToNull(text: string | null | undefined): string | null {
  return text?.trim() ? text : null;
}
