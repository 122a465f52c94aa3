import { decodeEvent, encodeEvent, MAX_PAYLOAD_BYTES } from '../panelist-event';

describe('event payloads', () => {
  const event = { topic: 'session.revoked', organizationId: '00000000-0000-4000-8000-000000000001', sessionId: 's' } as const;

  it('round-trips an event', () => {
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
  });

  it('refuses a payload PostgreSQL would refuse, counting bytes rather than characters', () => {
    const fits = { ...event, sessionId: 'x'.repeat(MAX_PAYLOAD_BYTES - encodeEvent(event).length + 1) };
    expect(Buffer.byteLength(encodeEvent(fits))).toBe(MAX_PAYLOAD_BYTES);
    expect(() => encodeEvent({ ...fits, sessionId: `${fits.sessionId}x` })).toThrow(/8,000/);
    expect(() => encodeEvent({ ...event, sessionId: 'é'.repeat(4_000) })).toThrow(/8,000/);
  });

  it('ignores notifications that are not events', () => {
    for (const payload of ['', 'not json', 'null', '[]', '{"topic":"session.revoked"}', '{"organizationId":"o"}']) {
      expect(decodeEvent(payload)).toBeUndefined();
    }
  });
});
