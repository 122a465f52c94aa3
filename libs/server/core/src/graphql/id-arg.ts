import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { CommonException } from '../errors/domain.exception';

const uuidPipe = (name: string, optional = false) =>
  new ParseUUIDPipe({ optional, exceptionFactory: () => CommonException.badInput(name, `${name}: must be a UUID`) });

/** An `ID!` argument that must be a UUID; anything else is BAD_USER_INPUT naming the argument. */
export const IdArg = (name = 'id') => Args(name, { type: () => ID }, uuidPipe(name));

/** An `ID` argument that may be left out or null, and is otherwise a UUID like IdArg's. */
export const OptionalIdArg = (name: string) => Args(name, { type: () => ID, nullable: true }, uuidPipe(name, true));
