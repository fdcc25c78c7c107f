// Popular types as date groups: rows counted from the sessions, filtered, ordered, paged, with shares, links and
// trends.
import type { DateGroup, PopularType } from '@clicky-sdk/core';
import type { AnswerContext, SessionsOf } from './answer-context.ts';
import type { ApiRequest } from './api-request.ts';
import { dayRanges, group, type Item, page, trendOf } from './date-groups.ts';
import { byPopularity, POPULAR, type PopularContext, type PopularRow } from './popular.ts';
import { round } from './pretty.ts';
import { popularStatsUrl } from './stats-urls.ts';

/** Where each item links to: its type, the site and its date group's label. */
interface LinkContext {
  readonly type: PopularType;
  readonly siteId: number;
  readonly date: string;
}

function popularItems(
  rows: PopularRow[],
  req: ApiRequest,
  previous: PopularRow[] | undefined,
  link: LinkContext,
): Item[] {
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  let kept = rows;
  if (req.item !== undefined) kept = kept.filter((r) => r.title === req.item);
  if (req.filter) {
    const { text, negate } = req.filter;
    kept = kept.filter((r) => r.title.toLowerCase().includes(text) !== negate);
  }
  const before = new Map(previous?.map((r) => [r.title, r.value]));
  return page(kept.sort(byPopularity), req).map((r) => {
    const item: Item = {
      title: r.title,
      value: r.value,
      value_percent: round(total === 0 ? 0 : (r.value / total) * 100, 1),
    };
    if (r.url !== undefined) item.url = r.url;
    item.stats_url = popularStatsUrl(link.type, link.siteId, link.date, r.key ?? r.title);
    if (previous) {
      const trend = trendOf(r.value, before.get(r.title) ?? 0);
      if (trend !== undefined) item.trend = trend;
    }
    return Object.assign(item, r.extra);
  });
}

export function popularGroups(
  type: PopularType,
  req: ApiRequest,
  ctx: AnswerContext,
  sessionsOf: SessionsOf,
): DateGroup<Item>[] {
  const pctx: PopularContext = { siteId: ctx.siteId, heatmapUrl: req.heatmapUrl, videoMeta: req.videoMeta };
  return dayRanges(req).map(([a, b]) => {
    const len = b - a + 1;
    const previous = req.trends ? POPULAR[type](sessionsOf(a - len, a - 1), pctx) : undefined;
    const g = group(a, b, []);
    const link: LinkContext = { type, siteId: ctx.siteId, date: g.date };
    return { ...g, items: popularItems(POPULAR[type](sessionsOf(a, b), pctx), req, previous, link) };
  });
}
