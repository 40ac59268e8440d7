import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@commons/shared';
import { IsInt, Min } from 'class-validator';
import { toGlobalId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';
import { OptionalText, RequiredText } from '../graphql/validators.js';
import type { PortfolioEntity } from './portfolio.entity.js';

@ObjectType('Portfolio', {
  implements: () => [Node],
  description: 'A named group of problems an executive reviews side by side.',
})
export class Portfolio implements Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id: string;

  @Field(() => String, { description: 'Name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the portfolio is for, markdown.' })
  description: string | null;

  @Field(() => Int, { description: 'Optimistic-concurrency version; send it with updates.' })
  version: number;

  /** Internal. */
  uuid: string;
  ownerId: string | null;
}

export function toPortfolioModel(entity: PortfolioEntity): Portfolio {
  const portfolio = new Portfolio();
  portfolio.id = toGlobalId('Portfolio', entity.id);
  portfolio.uuid = entity.id;
  portfolio.name = entity.name;
  portfolio.description = entity.description;
  portfolio.version = entity.version;
  portfolio.ownerId = entity.ownerId;
  return portfolio;
}

@InputType('CreatePortfolioInput', { description: 'A new portfolio; you own it.' })
export class CreatePortfolioInput {
  @Field(() => String, { description: `Name, 1–${LIMITS.titleMax} characters.` })
  @RequiredText(LIMITS.titleMax)
  name: string;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  @OptionalText(LIMITS.bodyMax)
  description?: string | null;
}

@InputType('UpdatePortfolioInput', { description: 'Changes a portfolio (its owner or an admin).' })
export class UpdatePortfolioInput {
  @Field(() => ID, { description: 'The portfolio.' })
  id: string;

  @Field(() => Int, { description: 'The version you last read.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  @OptionalText(LIMITS.titleMax)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @OptionalText(LIMITS.bodyMax)
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The complete set of problems in the portfolio (others leave it).',
  })
  problemIds?: string[] | null;
}
