import { Transform } from 'class-transformer';

/** Input decorators shared by every feature's DTOs (applied before validation). */
export const Trimmed = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

export const NormalizedEmail = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Trims each string of a list and drops the empty ones. */
export const TrimmedList = () =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '') : value));
