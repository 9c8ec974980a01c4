import * as z from 'zod';
import { calendarFeed, deleteCalendarFeed, putCalendarFeed } from '../../app/calendar/calendar-feed.js';
import { noContent } from '../handlers/resource.js';
import { defineRoute } from '../route.js';
import { allowed, grants } from './access.js';

const area = 'signals' as const;

/** A user's calendar feed (API.md, "Signal events"): the secret URL and what calendar apps read there. */
export const calendarRoutes = [
  defineRoute({
    operationId: 'putMyCalendarFeed',
    method: 'PUT',
    path: '/v1/me/calendar-feed',
    area,
    summary: "Make (or replace) the caller's secret calendar feed URL",
    description:
      "Answers a new secret URL of an iCalendar feed of the caller's open signals (today to a year ahead, all-day entries). The URL is shown this once; a new one revokes the previous. Anyone holding the URL reads the feed: keep it like a password. Not for the platform account.",
    access: allowed(grants.signalsUse),
    response: z
      .object({
        url: z
          .string()
          .describe('The feed: subscribe to it in a calendar app (`…/v1/calendar/<token>.ics`).'),
      })
      .meta({
        title: 'CalendarFeed',
        examples: [
          { url: 'https://api.example.nl/v1/calendar/3q2-7wEKq8v0YXpTQm1cJ7kQf0vQ9hZ1mN4xW8rB2sA.ics' },
        ],
      }),
    successStatus: 200,
    handler: async ({ caller }, deps) => ({ status: 200, body: await putCalendarFeed(deps, caller) }),
  }),
  defineRoute({
    operationId: 'deleteMyCalendarFeed',
    method: 'DELETE',
    path: '/v1/me/calendar-feed',
    area,
    summary: "Revoke the caller's calendar feed",
    description: 'The feed URL answers 404 from now on. Safe to repeat.',
    access: allowed(grants.signalsUse),
    successStatus: 204,
    handler: async ({ caller }, deps) => {
      await deleteCalendarFeed(deps, caller);
      return noContent;
    },
  }),
  defineRoute({
    operationId: 'getCalendarFeed',
    method: 'GET',
    path: '/v1/calendar/{feedFile}',
    area,
    summary: "A user's open signals as an iCalendar feed (the secret URL is the authorisation)",
    description:
      "RFC 5545: one all-day VEVENT per event of the user's open signals from today to a year ahead, with a UID stable across reads; health entries name nobody. `ETag`, and 304 to `If-None-Match` with it. A revoked token, or one of a user deleted or inactive, is 404.",
    access: { kind: 'public' },
    params: z.strictObject({
      feedFile: z
        .string()
        .regex(/^[A-Za-z0-9_-]{43}\.ics$/, 'must be the feed token and .ics')
        .describe('The secret feed token, then `.ics`.')
        .meta({ example: '3q2-7wEKq8v0YXpTQm1cJ7kQf0vQ9hZ1mN4xW8rB2sA.ics' }),
    }),
    mediaType: 'text/calendar',
    successStatus: 200,
    revalidates: true,
    handler: async ({ params, headers }, deps) => {
      const feed = await calendarFeed(deps, params.feedFile.slice(0, -'.ics'.length));
      const cache = { etag: feed.etag, 'cache-control': 'private, max-age=300' };
      if (headers['if-none-match'] === feed.etag) return { status: 304, headers: cache };
      return { status: 200, body: feed.body, headers: cache };
    },
  }),
];
