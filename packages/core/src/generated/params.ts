// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

import type { DataType, OutputFormat, SegmentName, VisitorDetail } from './data-types.ts';

/** Every query parameter of `GET /api/stats/4`, by the API's own names. */
export interface StatsParams<T extends DataType = DataType, S extends SegmentName = SegmentName> {
  /**
   * The site's numeric ID, from the site preferences page.
   *
   * Applies to: every type.
   */
  readonly site_id: number;
  /**
   * The site's 12-16 character key of letters and digits; authenticates every request.
   *
   * Applies to: every type.
   */
  readonly sitekey: string;
  /**
   * The data types wanted, comma-joined. Required unless alert_id is given.
   *
   * Applies to: every type.
   */
  readonly type?: T | readonly T[];
  /**
   * An alert's ID (the trailing digits of https://clicky.com/a/123); answers like type=visitors-list for that alert's session, and needs no type.
   *
   * Applies to: every type.
   */
  readonly alert_id?: number;
  /**
   * The response format.
   *
   * Applies to: every type.
   *
   * The SDK's clients ask for json unless told otherwise.
   *
   * @defaultValue "xml" (the API's default)
   */
  readonly output?: OutputFormat;
  /**
   * Results per group (per type and per date group), 1-1000, or "all" for up to 5000. Restricted types answer at most 1000 a page, "all" included (the reference recommends time_offset with limit=all).
   *
   * Applies to: popular types, chronological types, segmentation.
   *
   * @defaultValue 50 (the API's default)
   */
  readonly limit?: number | 'all';
  /**
   * With limit, the page of results (limit=100&page=2 gives results 101-200).
   *
   * Applies to: popular types, chronological types, segmentation.
   *
   * @defaultValue 1 (the API's default)
   */
  readonly page?: number;
  /**
   * A date or range: YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD, YYYY-MM, YYYY, or a relative expression (today, yesterday, X-days-ago, last-X-days, previous-X-days, this-month, last-month, X-months-ago, this-week, last-week, X-weeks-ago).
   *
   * Applies to: every type.
   *
   * @defaultValue "today" (the API's default)
   */
  readonly date?: string;
  /**
   * Break a range down into one date group per day instead of one total.
   *
   * Applies to: tally types, popular types, segmentation.
   *
   * @defaultValue false (the API's default)
   */
  readonly daily?: boolean;
  /**
   * Hourly values for every requested date (implies daily), newest hour first. Only for types that keep hourly data (visitors and the counts of actions), and every requested type must.
   *
   * Applies to: visitors, actions, actions-pageviews, actions-downloads, actions-outbounds, actions-clicks.
   *
   * @defaultValue false (the API's default)
   */
  readonly hourly?: boolean;
  /**
   * Add the trend percentage (-999 to 999, no % sign) to each value.
   *
   * Applies to: tally types, popular types.
   *
   * @defaultValue false (the API's default)
   */
  readonly trends?: boolean;
  /**
   * Stats for one exact item of the one requested type (filter is the wildcard search).
   *
   * Applies to: popular types.
   */
  readonly item?: string;
  /**
   * Append heatmap viewing authentication to each page URL.
   *
   * Applies to: pages.
   *
   * @defaultValue false (the API's default)
   */
  readonly heatmap_url?: boolean;
  /**
   * Only these visitors-list fields (the item's own singular names, e.g. web_browser), comma-joined.
   *
   * Applies to: visitors-list.
   */
  readonly 'visitor-details'?: VisitorDetail | readonly VisitorDetail[];
  /**
   * Only data from the last N seconds (at most 86400); the date is then ignored.
   *
   * Applies to: visitors-list, actions-list.
   */
  readonly time_offset?: number;
  /**
   * For type=segmentation, the tally and popular types (and summary) to return for the matching visitors.
   *
   * Applies to: segmentation.
   */
  readonly segments?: S | readonly S[];
  /**
   * One IPv4 or IPv6 address; for IPv4 also ranges (a,b) and several of either joined by |. Overrides every other filter.
   *
   * Applies to: visitors-list, actions-list, segmentation.
   */
  readonly ip_address?: string;
  /**
   * A visitor's unique ID. Overrides every other filter.
   *
   * Applies to: visitors-list, actions-list, segmentation.
   */
  readonly uid?: string;
  /**
   * One session; with visitors-list it returns that session whatever the date.
   *
   * Applies to: visitors-list, actions-list.
   */
  readonly session_id?: number;
  /**
   * Only first-time visitors.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly new_visitors?: boolean;
  /**
   * Only returning visitors.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly returning_visitors?: boolean;
  /**
   * Only visitors online now.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly online?: boolean;
  /**
   * Only visitors with heatmap data.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly heatmap?: boolean;
  /**
   * Number of actions: N, >N, <N, >=N, <=N, or a range MIN,MAX.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly actions?: string | number;
  /**
   * Seconds on the site: N, >N, <N, >=N, <=N, or a range MIN,MAX.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly time?: string | number;
  /**
   * Visitors (or actions) that viewed this URL.
   *
   * Applies to: visitors-list, actions-list, segmentation.
   */
  readonly href?: string;
  /**
   * Visitors who landed on this page.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly landing?: string;
  /**
   * Visitors who left from this page.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly exit?: string;
  /**
   * Visitors who arrived via this search.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly search?: string;
  /**
   * Visitors who searched the site for this.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly 'search-local'?: string;
  /**
   * Visitors referred by this domain.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly domain?: string;
  /**
   * Visitors referred by this link.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly link?: string;
  /**
   * Visitors using this browser, e.g. "firefox 3.5".
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly browser?: string;
  /**
   * Visitors using this operating system.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly os?: string;
  /**
   * Visitors with this screen resolution.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly resolution?: string;
  /**
   * Visitors from this country (two-letter code, e.g. us).
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly country?: string;
  /**
   * Visitors from this city.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly city?: string;
  /**
   * Visitors speaking this language.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly language?: string;
  /**
   * Visitors from this hostname.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly hostname?: string;
  /**
   * Visitors from this organization.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly org?: string;
  /**
   * Visitors from this traffic source (search, social, direct, ...).
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly source?: string;
  /**
   * Visitors who followed this short URL.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly shorturl?: string;
  /**
   * Custom visitor data to match, one value per key (custom[username]=billy). IP tags use custom[username].
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly custom?: Readonly<Record<string, string>>;
  /**
   * Visitors who completed this goal (its name), or * for visitors who completed any goal.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly goal?: string;
  /**
   * Visitors who arrived via this campaign.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly campaign?: string;
  /**
   * Visitors who saw this split-test variant.
   *
   * Applies to: visitors-list, segmentation.
   */
  readonly split?: string;
  /**
   * Only actions of this kind.
   *
   * Applies to: actions-list.
   */
  readonly action_type?: 'pageview' | 'download' | 'outbound' | 'event' | 'video' | 'search';
  /**
   * Output every logged value of each custom key (a list per key) instead of the last one.
   *
   * Applies to: visitors-list, actions-list.
   *
   * @defaultValue false (the API's default)
   */
  readonly custom_keys_multi_values?: boolean;
  /**
   * Add viewing metadata (such as average time watched) to type=video items.
   *
   * Applies to: video.
   *
   * @defaultValue false (the API's default)
   */
  readonly video_meta?: boolean;
  /**
   * Wildcard filter on popular items; a leading ! keeps what does not match.
   *
   * Applies to: popular types.
   */
  readonly filter?: string;
  /**
   * JSONP; wrap the JSON in a call to this function. Letters, digits, _ and . only.
   *
   * Applies to: every type.
   */
  readonly json_callback?: string;
  /**
   * JSONP; assign the JSON to this variable. Letters, digits, _ and . only.
   *
   * Applies to: every type.
   */
  readonly json_var?: string;
  /**
   * Include empty and null fields in the body instead of leaving them out. The SDK's decoded result leaves them out either way (quirk absent-not-null); only the raw body shows them.
   *
   * Applies to: every type.
   *
   * @defaultValue false (the API's default)
   */
  readonly null_values?: boolean;
  /**
   * The name of the application making the request (for the API's usage statistics).
   *
   * Applies to: every type.
   */
  readonly app?: string;
}

/** A request as a client takes it: the parameters without the site's credentials, which the client holds. */
export type StatsRequest<T extends DataType = DataType, S extends SegmentName = SegmentName> = Omit<StatsParams<T, S>, 'site_id' | 'sitekey'>;
/** Every parameter name. */
export type ParamName = keyof StatsParams;
