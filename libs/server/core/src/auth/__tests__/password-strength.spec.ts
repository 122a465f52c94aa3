import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { SignUpInput } from '../dtos/auth.input';
import { judgePassword } from '../password-strength';

describe('judgePassword', () => {
  it.each(['password123', 'Password1234', 'qwertyuiop', 'Summer2024!', 'P@ssw0rd123', '1234567890'])(
    'refuses the common or guessable %p',
    (password) => {
      const verdict = judgePassword(password);
      expect(verdict.strong).toBe(false);
      expect(verdict.advice).not.toBe('');
    },
  );

  it.each(['correct horse battery', 'a sufficiently long secret', 'plum tractor velvet 93'])('accepts the hard to guess %p', (password) => {
    expect(judgePassword(password)).toEqual({ strong: true, advice: '' });
  });

  it("counts the person's own name, email and organisation as guessable", () => {
    for (const password of ['ottiliebrandvold', 'brandvold2024']) {
      expect(judgePassword(password).strong).toBe(true);
      expect(judgePassword(password, ['Ottilie Brandvold', 'ottilie.brandvold@acme.test', 'Acme']).strong).toBe(false);
    }
  });

  it('judges only the first 32 characters, so a long hostile input stays cheap', () => {
    expect(judgePassword('password'.repeat(4) + 'x7#Qv!9zLm@2')).toMatchObject({ strong: false });
  });
});

describe('@StrongPassword on sign-up', () => {
  const input = (password: string) =>
    plainToInstance(SignUpInput, { organizationName: 'Acme', name: 'Ottilie Brandvold', email: 'obrandvold@acme.test', password });

  it('names the password and says why', async () => {
    const [error] = await validate(input('ottiliebrandvold'));
    expect(error.property).toBe('password');
    expect(error.constraints?.strongPassword).toMatch(/^is too easy to guess: /);
  });

  it('leaves lengths to the length rules', async () => {
    const [error] = await validate(input('short'));
    expect(Object.keys(error.constraints ?? {})).toEqual(['minLength']);
  });
});
