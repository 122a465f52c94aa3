import type { ArgumentMetadata } from '@nestjs/common';
import { MaxLength } from 'class-validator';
import { CommonException } from '../domain.exception';
import { InputSafetyPipe } from '../input-safety.pipe';

class DocumentInput {
  @MaxLength(50_000)
  body: string;

  title: string;
}

const pipe = new InputSafetyPipe();
const argument = (data?: string, metatype?: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', data, metatype });

/** The field and message the pipe refuses `value` with, or 'accepted'. */
function refusal(value: unknown, metadata = argument('input', DocumentInput)): { field?: string; message: string } | 'accepted' {
  try {
    pipe.transform(value, metadata);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof CommonException)) throw error;
    expect(error.graphqlCode).toBe('BAD_USER_INPUT');
    return { field: error.field, message: error.message };
  }
}

describe('InputSafetyPipe', () => {
  it('refuses NUL and unpaired surrogates anywhere in an argument, naming the field as the validation pipe does', () => {
    expect(refusal({ anchors: [{ text: 'ok' }, { text: 'a\u0000b' }] })).toEqual({
      field: 'anchors.1.text',
      message: 'anchors.1.text: must not contain the NUL character (U+0000)',
    });
    expect(refusal('x\uD800', argument('search', String))).toEqual({
      field: 'search',
      message: 'search: must be valid Unicode text (it has an unpaired surrogate)',
    });
    expect(refusal({ tags: ['\uDFFF'] })).toMatchObject({ field: 'tags.0' });
  });

  it('lets any valid Unicode through, surrogate pairs included', () => {
    expect(refusal({ title: '👩‍💻 \u{10FFFF} \uFFFE é', tags: ["'; DROP TABLE x; --", 'a & | !', ':*'] })).toBe('accepted');
  });

  it('refuses text over 10,000 characters unless the input declares a longer @MaxLength', () => {
    expect(refusal({ title: 'x'.repeat(10_000) })).toBe('accepted');
    expect(refusal({ title: 'x'.repeat(10_001) })).toEqual({ field: 'title', message: 'title: must be at most 10000 characters' });
    expect(refusal({ body: 'x'.repeat(50_000) })).toBe('accepted');
    expect(refusal({ body: 'x'.repeat(50_001) })).toEqual({ field: 'body', message: 'body: must be at most 50000 characters' });
  });

  it('refuses DateTimes that are invalid or outside 1970 to 2999', () => {
    for (const when of ['1970-01-01T00:00:00.000Z', '2999-12-31T23:59:59.999Z'])
      expect(refusal({ startsAt: new Date(when) })).toBe('accepted');
    for (const when of ['0001-01-01T00:00:00Z', '1969-12-31T23:59:59.999Z', '3000-01-01T00:00:00Z', '-271821-04-20T00:00:00Z']) {
      expect(refusal({ startsAt: new Date(when) })).toEqual({
        field: 'startsAt',
        message: 'startsAt: must be a date between 1970-01-01 and 2999-12-31',
      });
    }
    expect(refusal({ endsAt: new Date('not a date') })).toEqual({ field: 'endsAt', message: 'endsAt: must be a date and time (ISO 8601)' });
  });

  it('leaves what is not a GraphQL argument alone (the current user, the context)', () => {
    expect(pipe.transform({ name: 'a\u0000b' }, { type: 'custom' })).toEqual({ name: 'a\u0000b' });
  });
});
