import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: PageInfo;
  /** Lazy: the count query runs only when a client selects `totalCount` or `totalCountIsExact`. */
  totalCount: PromiseLike<number>;
  totalCountIsExact: PromiseLike<boolean>;
}

export interface Total {
  count: number;
  /** False when the count is the planner's estimate of a very large result ("about 61,000"). */
  exact: boolean;
}

/** Relay connection type for `T`: edges { node cursor }, pageInfo, totalCount. */
export function ConnectionType<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field(() => node)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${node.name}Connection`, { isAbstract: true })
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Exact for up to 1,000 results; an estimate above (see totalCountIsExact)' })
    totalCount: number;

    @Field()
    totalCountIsExact: boolean;
  }
  return ConnectionClass as unknown as Type<Connection<T>>;
}
