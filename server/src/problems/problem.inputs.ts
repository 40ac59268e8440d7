import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, type ProblemStatus, type PublicValue, type Visibility } from '@commons/shared';
import { IsBoolean, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { OptionalText, RequiredText, TextList } from '../graphql/validators.js';
import { ProblemStatusEnum, PublicValueEnum, VisibilityEnum } from './problem.model.js';

@InputType('CreateProblemInput', { description: 'Frames a new problem. You become its lead.' })
export class CreateProblemInput {
  @Field(() => String, { description: `Short title, 1–${LIMITS.titleMax} characters.` })
  @RequiredText(LIMITS.titleMax)
  title: string;

  @Field(() => String, { nullable: true, description: 'Problem statement in markdown.' })
  @OptionalText(LIMITS.bodyMax)
  statement?: string | null;

  @Field(() => String, { nullable: true, description: 'Who is affected.' })
  @OptionalText(LIMITS.titleMax * 5)
  affectedPopulation?: string | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  @OptionalText(LIMITS.titleMax)
  geography?: string | null;

  @Field(() => ProblemStatusEnum, { nullable: true, description: 'Defaults to DRAFT.' })
  status?: ProblemStatus | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Defaults to INTERNAL.' })
  visibility?: Visibility | null;

  @Field(() => [PublicValueEnum], { nullable: true, description: 'Public values at stake.' })
  publicValues?: PublicValue[] | null;

  @Field(() => [String], { nullable: true, description: 'Themes, e.g. "housing".' })
  @TextList(20, 50)
  themes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The portfolio it belongs to.' })
  portfolioId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Prefix of the key (2–8 capitals), e.g. HOUS. Derived from the themes or title when absent.',
  })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9]{1,7}$/, {
    message: 'must be 2–8 capital letters or digits, starting with a letter',
  })
  keyPrefix?: string | null;
}

@InputType('UpdateProblemInput', {
  description: 'Changes a problem. Absent fields stay as they are.',
})
export class UpdateProblemInput {
  @Field(() => ID, { description: 'The problem.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read; a newer one fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'Short title.' })
  @IsOptional()
  @RequiredText(LIMITS.titleMax)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Problem statement in markdown.' })
  @OptionalText(LIMITS.bodyMax)
  statement?: string | null;

  @Field(() => String, { nullable: true, description: 'Who is affected.' })
  @OptionalText(LIMITS.titleMax * 5)
  affectedPopulation?: string | null;

  @Field(() => String, { nullable: true, description: 'Where.' })
  @OptionalText(LIMITS.titleMax)
  geography?: string | null;

  @Field(() => ProblemStatusEnum, { nullable: true, description: 'Life-cycle status.' })
  status?: ProblemStatus | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  visibility?: Visibility | null;

  @Field(() => [PublicValueEnum], { nullable: true, description: 'Public values at stake.' })
  publicValues?: PublicValue[] | null;

  @Field(() => [String], { nullable: true, description: 'Themes.' })
  @TextList(20, 50)
  themes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The portfolio; null removes it from one.' })
  portfolioId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead (a member of the team).' })
  leadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The sponsor.' })
  sponsorId?: string | null;
}

@InputType('ProblemFilter', {
  description: 'Narrows a list of problems; all conditions must hold.',
})
export class ProblemFilter {
  @Field(() => [ProblemStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  status?: ProblemStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'In this portfolio.' })
  portfolioId?: string | null;

  @Field(() => ID, { nullable: true, description: 'With a team member from this organisation.' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'With this theme.' })
  @OptionalText(50)
  theme?: string | null;

  @Field(() => [VisibilityEnum], { nullable: true, description: 'Any of these visibilities.' })
  visibility?: Visibility[] | null;

  @Field(() => String, { nullable: true, description: 'Words in the key, title or statement.' })
  @OptionalText(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only problems whose team I am on.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only problems with at least one stale outcome (a figure overdue, workspace time zone); false: only those with none.',
  })
  @IsOptional()
  @IsBoolean()
  stale?: boolean | null;
}
