import { noticeTime } from '../notice-time';

describe('noticeTime', () => {
  it('writes a moment the same way in every notice, in UTC to the minute', () => {
    expect(noticeTime(new Date('2026-12-07T01:17:58Z'))).toBe('Mon 7 Dec 2026, 01:17 UTC');
    expect(noticeTime(new Date('2026-12-06T23:32:00-02:00'))).toBe('Mon 7 Dec 2026, 01:32 UTC');
  });
});
