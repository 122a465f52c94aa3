import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDefined, ValidateIf } from 'class-validator';

/** Input decorators shared by every feature's DTOs (applied before validation). */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export const NormalizedEmail = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Trims each string of a list and drops the empty ones. */
export const TrimmedList = () =>
  Transform(({ value }) =>
    Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '') : value,
  );

/** Null clears a text field that is stored as '' when empty. */
export const NullAsEmpty = () => Transform(({ value }) => (value === null ? '' : value));

/**
 * May be left out, but not null: for fields that always have a value (a title, a kind). Use instead of
 * IsOptional, which would let null through to the database.
 */
export const Omittable = () =>
  applyDecorators(
    ValidateIf((_object, value) => value !== undefined),
    IsDefined({ message: 'cannot be null (leave it out instead)' }),
  );
