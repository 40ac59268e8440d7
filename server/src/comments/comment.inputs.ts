import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@commons/shared';
import { IsInt, Min } from 'class-validator';
import { RequiredText } from '../graphql/validators.js';

@InputType('AddCommentInput', { description: 'A new comment on a problem, task or outcome.' })
export class AddCommentInput {
  @Field(() => ID, { description: 'The problem, task or outcome to comment on.' })
  subjectId: string;

  @Field(() => String, {
    description: `Markdown, 1–${LIMITS.bodyMax} characters, stored exactly as written. @handle (the part of an email before @) mentions a person.`,
  })
  @RequiredText(LIMITS.bodyMax)
  body: string;
}

@InputType('UpdateCommentInput', { description: 'Rewrites a comment (its author only).' })
export class UpdateCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read; a newer one fails with CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, {
    description: `The new markdown, 1–${LIMITS.bodyMax} characters; mentions are read again.`,
  })
  @RequiredText(LIMITS.bodyMax)
  body: string;
}
