import { Inject } from '@nestjs/common';
import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, AppConfig, AuthUser, CurrentUser, publicOrigin } from '@panelist/server-core';
import type { Request } from 'express';
import { InterviewCalendarService } from './interview-calendar.service';

@Resolver()
export class CalendarFeedResolver {
  constructor(
    private readonly calendar: InterviewCalendarService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => String, {
    description:
      'A private URL of a calendar (text/calendar, no session needed) of the interviews you are on. Only its hash is kept, ' +
      'so each call hands out a new URL; earlier ones keep working until resetCalendarFeedUrl (at most 20 at a time)',
  })
  myCalendarFeedUrl(@CurrentUser() user: AuthUser, @Context('req') req: Request): Promise<string> {
    return this.calendar.feedUrl(user, publicOrigin(this.config, req));
  }

  @Mutation(() => String, { description: 'Revokes every calendar feed URL of yours (they answer 404 from now on) and returns a new one' })
  resetCalendarFeedUrl(@CurrentUser() user: AuthUser, @Context('req') req: Request): Promise<string> {
    return this.calendar.resetFeedUrl(user, publicOrigin(this.config, req));
  }
}
