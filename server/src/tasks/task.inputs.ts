import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type TaskStatus } from '@commons/shared';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import { DateScalar } from '../graphql/scalars.js';
import { IsCalendarDate, OptionalText, RequiredText } from '../graphql/validators.js';
import { TaskStatusEnum } from './task.model.js';

/** Enough for any real task; a cap keeps one request from locking thousands of rows. */
const MAX_LINKS = 50;
/** One page's worth. */
const MAX_NUMBERS = 100;

@InputType('CreateTaskInput', {
  description: 'A new task on a problem’s board; it goes to the end of its column.',
})
export class CreateTaskInput {
  @Field(() => ID, { description: 'The problem whose board it goes on.' })
  problemId: string;

  @Field(() => String, { description: `Short title, 1–${LIMITS.titleMax} characters.` })
  @RequiredText(LIMITS.titleMax)
  title: string;

  @Field(() => String, { nullable: true, description: 'Details in markdown.' })
  @OptionalText(LIMITS.bodyMax)
  description?: string | null;

  @Field(() => TaskStatusEnum, { nullable: true, description: 'Board column; defaults to TODO.' })
  status?: TaskStatus | null;

  @Field(() => ID, { nullable: true, description: 'Who does it.' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation responsible for it.' })
  organizationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due.' })
  @IsCalendarDate()
  dueDate?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Outcomes of the same problem it contributes to (at most ${MAX_LINKS}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKS)
  outcomeIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Tasks of the same problem that block it (at most ${MAX_LINKS}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKS)
  blockedByIds?: string[] | null;
}

@InputType('UpdateTaskInput', {
  description: 'Changes a task. Absent fields stay as they are; lists replace the whole set.',
})
export class UpdateTaskInput {
  @Field(() => ID, { description: 'The task.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read; a newer one fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'Short title.' })
  @IsOptional()
  @RequiredText(LIMITS.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Details in markdown; null clears them.' })
  @OptionalText(LIMITS.bodyMax)
  description?: string | null;

  @Field(() => TaskStatusEnum, {
    nullable: true,
    description: 'Board column; a new column puts the task at its end (moveTask places it).',
  })
  status?: TaskStatus | null;

  @Field(() => ID, { nullable: true, description: 'Who does it; null unassigns.' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible organisation; null clears.' })
  organizationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it is due; null clears it.' })
  @IsCalendarDate()
  dueDate?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the outcomes it contributes to ([] clears; null or absent keeps).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKS)
  outcomeIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the tasks that block it ([] clears; null or absent keeps).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKS)
  blockedByIds?: string[] | null;
}

@InputType('MoveTaskInput', {
  description: 'Places a task in a column, after another task (or at the top).',
})
export class MoveTaskInput {
  @Field(() => ID, { description: 'The task to move.' })
  id: string;

  @Field(() => TaskStatusEnum, { description: 'The column it goes to.' })
  status: TaskStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'The task in that column it goes right after; null puts it at the top.',
  })
  afterId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you last read; when given, a newer one fails with CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@InputType('TaskFilter', { description: 'Narrows a list of tasks; all conditions must hold.' })
export class TaskFilter {
  @Field(() => [TaskStatusEnum], { nullable: true, description: 'In any of these columns.' })
  status?: TaskStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to this person.' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Linked to this outcome.' })
  outcomeId?: string | null;

  @Field(() => [Int], {
    nullable: true,
    description: `These task numbers (#4) only, at most ${MAX_NUMBERS}: a link to a task finds it without loading the whole board.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_NUMBERS)
  @IsInt({ each: true })
  @Min(1, { each: true })
  numbers?: number[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only overdue tasks (open, due before today); false: only the others.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}
