import { Controller, Get, Inject, Param, Req, Res, UseFilters } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthUser, CurrentUser, HttpDomainExceptionFilter, Public, publicOrigin } from '@panelist/server-core';
import type { Request, Response } from 'express';
import { InterviewCalendarService } from './interview-calendar.service';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sendCalendar(res: Response, body: string): void {
  res
    .status(200)
    .setHeader('Content-Type', 'text/calendar; charset=utf-8')
    .setHeader('Content-Disposition', 'attachment; filename="interview.ics"')
    // Personal data (a candidate's name), and a feed must reflect changes at once: no shared or stale copies.
    .setHeader('Cache-Control', 'private, no-store')
    .send(body);
}

/**
 * Calendar files over plain HTTP: a booking for a signed-in member (cookie or Bearer, checked by the global
 * guard), and each member's private feed, opened by its token alone. The token is in the path, so nothing here
 * logs the URL; errors answer JSON through HttpDomainExceptionFilter.
 */
@Controller()
@UseFilters(HttpDomainExceptionFilter)
export class CalendarController {
  constructor(
    private readonly calendar: InterviewCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('interviews/:id/calendar.ics')
  async interview(@CurrentUser() user: AuthUser, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!UUID.test(id)) throw new PipelineException(Reason.INTERVIEW_NOT_FOUND, 'Interview not found', 'id');
    sendCalendar(res, await this.calendar.interviewFile(user, id, publicOrigin(this.config, req)));
  }

  @Public()
  @Get('calendar/feed/:token.ics')
  async feed(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const body = await this.calendar.feed(token, publicOrigin(this.config, req));
    if (body === undefined) throw new PipelineException(Reason.CALENDAR_FEED_NOT_FOUND, 'No such calendar feed: it may have been reset');
    sendCalendar(res, body);
  }
}
