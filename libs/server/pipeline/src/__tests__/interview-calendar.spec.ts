import ICAL from 'ical.js';
import { interviewCalendar, InterviewCalendarEvent, interviewUid } from '../interview-calendar';

const event = (overrides: Partial<InterviewCalendarEvent> = {}): InterviewCalendarEvent => ({
  interviewId: '6f1c1d2e-7a0b-4c3d-8e9f-0a1b2c3d4e5f',
  startsAt: new Date('2030-03-04T09:30:00.000Z'),
  endsAt: new Date('2030-03-04T10:15:00.000Z'),
  cancelled: false,
  sequence: 0,
  roundName: 'Systems',
  candidateName: 'Alan Turing',
  openingTitle: 'MLOps Engineer',
  url: 'https://panelist.example.com/interviews/6f1c1d2e-7a0b-4c3d-8e9f-0a1b2c3d4e5f',
  ...overrides,
});

function eventsOf(ics: string): ICAL.Event[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('interviewCalendar', () => {
  it('writes one VEVENT per interview, with a stable UID, UTC times, SEQUENCE and STATUS', () => {
    const stamp = new Date('2030-01-01T00:00:00.000Z');
    const ics = interviewCalendar('Interviews', [event(), event({ interviewId: 'other', cancelled: true, sequence: 2 })], { stamp });
    expect(ics).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Panelist//Panelist//EN\r\n');
    expect(ics).toContain('\r\nUID:6f1c1d2e-7a0b-4c3d-8e9f-0a1b2c3d4e5f@panelist\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20300101T000000Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20300304T093000Z\r\nDTEND:20300304T101500Z\r\n');
    expect(ics).toContain('\r\nSTATUS:CONFIRMED\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);

    const [first, second] = eventsOf(ics);
    expect(first.uid).toBe(interviewUid(event().interviewId));
    expect(first.startDate.toJSDate().toISOString()).toBe('2030-03-04T09:30:00.000Z');
    expect(first.startDate.zone.tzid).toBe('UTC');
    expect(first.endDate.toJSDate().toISOString()).toBe('2030-03-04T10:15:00.000Z');
    expect(first.summary).toBe('Systems interview: Alan Turing');
    expect(first.description).toBe(`MLOps Engineer, Systems round with Alan Turing\n${event().url}`);
    expect(first.sequence).toBe(0);
    expect(second.uid).toBe('other@panelist');
    expect(second.sequence).toBe(2);
    expect(second.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('escapes text, ends every line with CRLF and folds lines at 75 octets, multi-byte characters whole', () => {
    const name = 'Zoë Ångström; “the, \\ one”\nsecond line ' + 'ü'.repeat(60);
    const ics = interviewCalendar('Interviews', [event({ candidateName: name, roundName: 'Infra, Ops; Data' })]);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('SUMMARY:Infra\\, Ops\\; Data interview: Zo');
    const [parsed] = eventsOf(ics);
    expect(parsed.summary).toBe(`Infra, Ops; Data interview: ${name}`);
    expect(parsed.description).toContain(name);
  });

  it('asks subscribed calendars to refresh when told how often', () => {
    expect(interviewCalendar('Feed', [], { refreshMinutes: 15 })).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT15M\r\n');
    expect(interviewCalendar('File', [event()])).not.toContain('REFRESH-INTERVAL');
  });
});
