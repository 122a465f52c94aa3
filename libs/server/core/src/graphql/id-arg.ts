import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { CommonException } from '../errors/domain.exception';

/** An `ID!` argument that must be a UUID; anything else is BAD_USER_INPUT naming the argument. */
export const IdArg = (name = 'id') =>
  Args(name, { type: () => ID }, new ParseUUIDPipe({ exceptionFactory: () => CommonException.badInput(name, `${name}: must be a UUID`) }));
