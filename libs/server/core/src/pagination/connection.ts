import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CommonException } from '../errors/domain.exception';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20 })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be at least 1' })
  @Max(100, { message: 'must be at most 100' })
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string;
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

// Offset cursors: search results are ranked, so a keyset on (rank, id) would not survive re-ranking anyway.
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw CommonException.badInput('after', 'after: not a cursor from this list');
  return Number(match[1]) + 1;
}

/** Builds a page from `rows` fetched with LIMIT first + 1 starting at `offset`. */
export function offsetPage<T>(rows: T[], offset: number, first: number, countTotal: () => Promise<Total>): Connection<T> {
  const nodes = rows.slice(0, first);
  let counted: Promise<Total> | undefined;
  const total = () => (counted ??= countTotal());
  const edges = nodes.map((node, index) => ({ node, cursor: encodeOffsetCursor(offset + index) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(() => total().then((result) => result.count)),
    totalCountIsExact: lazy(() => total().then((result) => result.exact)),
  };
}

/** A thenable that starts its work on the first `then`: GraphQL awaits it only for selected fields. */
function lazy<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return { then: (onFulfilled, onRejected) => (started ??= work()).then(onFulfilled, onRejected) };
}
