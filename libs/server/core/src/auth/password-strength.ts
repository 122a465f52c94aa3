import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/**
 * zxcvbn's matching grows faster than the length (l33t and repeat patterns especially), and sign-up is open
 * to anonymous callers: judge the first 32 characters with few l33t substitutions, which keeps the worst case
 * to a few hundred milliseconds. A password strong in its first 32 characters is strong.
 */
const JUDGED_LENGTH = 32;

zxcvbnOptions.setOptions({
  l33tMaxSubstitutions: 10,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
  translations: en.translations,
});

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** zxcvbn's "safely unguessable" level: at least 10^8 guesses, beyond an online attack. */
export const MIN_PASSWORD_SCORE = 3;

export interface PasswordVerdict {
  strong: boolean;
  /** Why it was refused and how to do better, in words for the person choosing it; empty when strong. */
  advice: string;
}

/**
 * Judges a password by how it would be guessed (common passwords, dictionary words, keyboard walks, dates,
 * the person's own name and email), not by length alone. `personal` are words an attacker would try first.
 */
export function judgePassword(password: string, personal: string[] = []): PasswordVerdict {
  const words = personal.flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 3);
  const result = zxcvbn(password.slice(0, JUDGED_LENGTH), words);
  if (result.score >= MIN_PASSWORD_SCORE) return { strong: true, advice: '' };
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return { strong: false, advice: advice || 'Add another word or two that are not about you.' };
}

/**
 * The password must be hard to guess. `personalFields` name the input's other fields (name, email,
 * organisation) whose words make a password weaker when it contains them.
 */
export function StrongPassword(personalFields: string[] = []): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'strongPassword',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'string' || value.length < PASSWORD_MIN_LENGTH || value.length > PASSWORD_MAX_LENGTH) return true; // the length rules answer
          return judgePassword(value, personalOf(args)).strong;
        },
        defaultMessage(args: ValidationArguments) {
          const { advice } = judgePassword(String(args.value ?? ''), personalOf(args));
          return `is too easy to guess: ${advice}`;
        },
      },
    });

  function personalOf(args: ValidationArguments): string[] {
    const input = args.object as Record<string, unknown>;
    return personalFields.map((field) => input[field]).filter((value): value is string => typeof value === 'string');
  }
}
