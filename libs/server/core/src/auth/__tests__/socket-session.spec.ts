import { IncomingMessage } from 'node:http';
import { sessionTokenOf } from '../session.strategy';
import { isSameOrigin, socketRequest } from '../socket-session';

const upgrade = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('a subscription socket’s session', () => {
  it('takes connectionParams.authorization first, then the upgrade’s Authorization header, then the session cookie', () => {
    const cookie = 'theme=dark; panelist_session=from%20cookie';
    expect(sessionTokenOf(socketRequest(upgrade({ cookie, authorization: 'Bearer header' }), { authorization: 'Bearer param' }))).toBe(
      'param',
    );
    expect(sessionTokenOf(socketRequest(upgrade({ cookie, authorization: 'Bearer header' }), {}))).toBe('header');
    expect(sessionTokenOf(socketRequest(upgrade({ cookie }), undefined))).toBe('from cookie');
    expect(sessionTokenOf(socketRequest(upgrade({ cookie: 'other_session=x; panelist_session=%E0%A4%A' }), undefined))).toBeUndefined();
    expect(sessionTokenOf(socketRequest(upgrade({}), { authorization: 42 }))).toBeUndefined();
  });

  it('accepts the server’s own origin and clients that send none, and refuses every other', () => {
    const host = 'panelist.example:8443';
    expect(isSameOrigin(upgrade({ host }))).toBe(true);
    expect(isSameOrigin(upgrade({ host, origin: 'https://Panelist.example:8443' }))).toBe(true);
    expect(isSameOrigin(upgrade({ host: 'panelist.example:443', origin: 'https://panelist.example' }))).toBe(true);
    for (const origin of [
      'https://attacker.example',
      'https://panelist.example.attacker.example:8443',
      'https://panelist.example:8444',
      'null',
      'not a url',
    ]) {
      expect({ origin, allowed: isSameOrigin(upgrade({ host, origin })) }).toEqual({ origin, allowed: false });
    }
    expect(isSameOrigin(upgrade({ origin: 'https://panelist.example' }))).toBe(false);
  });
});
