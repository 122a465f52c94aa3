/**
 * The events of every feature by topic. Features add theirs by augmenting this interface
 * (`declare module '@panelist/server-core' { interface PanelistEvents { … } }`), so core carries events it
 * does not know. Payloads are ids and kinds only: never personal data or scores, because subscribers load
 * what they may see, and a NOTIFY payload is visible to anyone who can LISTEN on the database.
 */
export interface PanelistEvents {
  /** A session ended (sign-out): every instance forgets it and closes its sockets. */
  'session.revoked': { sessionId: string };
  /** A member signed out everywhere: every instance forgets all their sessions and closes their sockets. */
  'sessions.revoked': { userId: string };
  /** A member's role or status changed; `signedOut` when all their sessions ended with it (deactivation). */
  'member.changed': { userId: string; signedOut: boolean };
  /** A member has a new notification: their bell updates on every instance. */
  'notification.created': { userId: string; notificationId: string };
}

export type EventTopic = keyof PanelistEvents;

export type PanelistEvent<Topic extends EventTopic = EventTopic> = {
  [T in Topic]: { topic: T; organizationId: string } & PanelistEvents[T];
}[Topic];

/**
 * Not an event but a gap: events may have been missed before it (the subscription just started, the
 * listening connection was re-established, or a subscriber fell too far behind). Whoever keeps state
 * from events reloads it.
 */
export const RESYNC = 'events.resync';
export interface Resync {
  topic: typeof RESYNC;
}

export const isResync = (item: { topic: string }): item is Resync => item.topic === RESYNC;

/** One channel for every topic: each instance LISTENs once and dispatches by topic itself. */
export const CHANNEL = 'panelist_events';

/** PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more. */
export const MAX_PAYLOAD_BYTES = 7_999;

export function encodeEvent(event: PanelistEvent): string {
  const payload = JSON.stringify(event);
  const bytes = Buffer.byteLength(payload);
  if (bytes > MAX_PAYLOAD_BYTES) throw new Error(`Event ${event.topic} is ${bytes} bytes; a NOTIFY payload must stay under 8,000`);
  return payload;
}

export function decodeEvent(payload: string): PanelistEvent | undefined {
  try {
    const event: unknown = JSON.parse(payload);
    if (typeof event !== 'object' || event === null) return undefined;
    const { topic, organizationId } = event as Record<string, unknown>;
    if (typeof topic !== 'string' || typeof organizationId !== 'string') return undefined;
    return event as PanelistEvent;
  } catch {
    return undefined;
  }
}
