import { ValidationError, ValidationPipe } from '@nestjs/common';
import { CommonException } from './domain.exception';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const [error] = errors;
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) {
    return { field, message: `${field}: ${Object.values(error.constraints)[0]}` };
  }
  return firstProblem(error.children ?? [], field);
}

/** class-validator on every input; the first problem becomes BAD_USER_INPUT naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, message } = firstProblem(errors);
      return CommonException.badInput(field, message);
    },
  });
}
