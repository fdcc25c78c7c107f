// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

export interface paths {
    "/api/stats/4": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one or more data types for one site. */
        get: operations["getStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Every data type; generated into the DataType union from x-clicky-data-types.
         * @enum {string}
         */
        DataType: "visitors" | "visitors-unique" | "visitors-new" | "visitors-online" | "actions" | "actions-pageviews" | "actions-downloads" | "actions-outbounds" | "actions-clicks" | "actions-average" | "time-average" | "time-average-pretty" | "time-total" | "time-total-pretty" | "bounce-rate" | "custom" | "pages" | "pages-entrance" | "pages-exit" | "searches" | "searches-keywords" | "searches-engines" | "searches-rankings" | "links" | "links-domains" | "links-outbound" | "countries" | "regions" | "cities" | "languages" | "goals" | "video" | "downloads" | "events" | "web-browsers" | "operating-systems" | "screen-resolutions" | "hardware" | "hostnames" | "organizations" | "traffic-sources" | "visitors-most-active" | "campaigns" | "split-tests" | "engagement-actions" | "engagement-times" | "shorturls" | "visitors-list" | "actions-list" | "searches-recent" | "searches-unique" | "links-recent" | "links-unique" | "uptime" | "uptime-list" | "segmentation";
        /**
         * @description What segments= accepts; every tally and popular type, plus the x-clicky-segments names.
         * @enum {string}
         */
        Segment: "visitors" | "visitors-unique" | "visitors-new" | "visitors-online" | "actions" | "actions-pageviews" | "actions-downloads" | "actions-outbounds" | "actions-clicks" | "actions-average" | "time-average" | "time-average-pretty" | "time-total" | "time-total-pretty" | "bounce-rate" | "custom" | "pages" | "pages-entrance" | "pages-exit" | "searches" | "searches-keywords" | "searches-engines" | "searches-rankings" | "links" | "links-domains" | "links-outbound" | "countries" | "regions" | "cities" | "languages" | "goals" | "video" | "downloads" | "events" | "web-browsers" | "operating-systems" | "screen-resolutions" | "hardware" | "hostnames" | "organizations" | "traffic-sources" | "visitors-most-active" | "campaigns" | "split-tests" | "engagement-actions" | "engagement-times" | "shorturls" | "summary";
        /**
         * @description The visitors-list field names visitor-details accepts; the keys of VisitorsListItem.
         * @enum {string}
         */
        VisitorDetail: "time" | "time_pretty" | "time_total" | "ip_address" | "uid" | "session_id" | "actions" | "total_visits" | "first_visit" | "landing_page" | "web_browser" | "operating_system" | "screen_resolution" | "javascript" | "language" | "referrer_url" | "referrer_domain" | "referrer_search" | "referrer_type" | "geolocation" | "country_code" | "latitude" | "longitude" | "hostname" | "organization" | "campaign" | "goals" | "custom" | "stats_url";
        /** @description One tally value. With hourly=1 there is one item per hour, newest hour first, each with its value only. */
        TallyItem: {
            /** @description The count, average or percentage. */
            value: number;
            title?: string;
            /** @description Trend percent with trends=1. */
            trend?: number;
        };
        /** @description A tally the API formats for people (e.g. "3m 10s"). */
        TallyTextItem: {
            value: string;
            title?: string;
            trend?: number;
        };
        /** @description One ranked item of a popular type (a page, a country, a browser, ...), most frequent first. */
        PopularItem: {
            /** @description The item's name, title or description. */
            title: string;
            /** @description Usually the number of occurrences. */
            value: number;
            /** @description The value as a percent of the group's total. */
            value_percent?: number;
            /** @description The item's own URL, where it has one. */
            url?: string;
            /** @description Where to see more of this item in Clicky (a link clients build on). */
            stats_url?: string;
            /** @description Trend percent with trends=1. */
            trend?: number;
        };
        /** @description One goal: completions (value), funnel entries that did not complete, conversion rate, revenue and cost. */
        GoalItem: {
            title: string;
            value: number;
            value_percent?: number;
            url?: string;
            stats_url?: string;
            trend?: number;
            /** @description Visitors who went through the funnel without completing the goal. */
            incompleted?: number;
            /** @description Conversion rate, percent. */
            conversion?: number;
            revenue?: number;
            cost?: number;
        };
        /** @description One video: plays (value), and how much of it was watched with video_meta=1. */
        VideoItem: {
            title: string;
            /** @description Plays. */
            value: number;
            value_percent?: number;
            url?: string;
            stats_url?: string;
            trend?: number;
            /** @description Average seconds watched (video_meta=1). */
            time_average?: number;
            time_average_pretty?: string;
            /** @description Average percent of the video watched (video_meta=1). */
            percent_watched?: number;
        };
        /** @description One line of a segmentation summary (e.g. title "Visitors", value 120). */
        SegmentSummaryItem: {
            title: string;
            value: number;
        };
        /** @description A returning visitor's first visit: when, and in which session. */
        FirstVisit: {
            /** @description Unix time of the first visit. */
            time: number;
            session_id: number;
        };
        /** @description The goals of one visit: those completed, those whose funnel was entered, their revenue and cost. The reference spells the lists goals_completed and goals_incompleted; both spellings decode to these fields. */
        VisitorGoals: {
            /** @description Names of completed goals. */
            completed?: string[];
            /** @description Names of goals whose funnel was entered but not completed. */
            incompleted?: string[];
            /** @description Revenue of the goals completed. */
            revenue?: number;
            /** @description Cost of the goals completed. */
            cost?: number;
        };
        /** @description Custom data logged for the visitor or action; each key holds a list with custom_keys_multi_values=1. */
        CustomData: {
            [key: string]: string | string[];
        };
        /** @description One visit (session) of visitors-list, newest first. With visitor-details only the fields asked for are present. */
        VisitorsListItem: {
            /** @description Unix time of the visit. */
            time: number;
            /** @description e.g. "Tue Oct 29 2024, 5:44p". */
            time_pretty?: string;
            /** @description Seconds on the site. */
            time_total?: number;
            ip_address?: string;
            /** @description The visitor's unique ID (not in the reference; seen in real output). */
            uid?: string;
            session_id: number;
            actions?: number;
            total_visits?: number;
            first_visit?: components["schemas"]["FirstVisit"];
            /** @description Not in the reference; seen in real output. */
            landing_page?: string;
            web_browser?: string;
            operating_system?: string;
            screen_resolution?: string;
            javascript?: boolean;
            language?: string;
            referrer_url?: string;
            referrer_domain?: string;
            referrer_search?: string;
            /** @description search, advertising, social, email, link, or direct for a visit without a referrer. */
            referrer_type?: string;
            geolocation?: string;
            /** @description Not in the reference; seen in real output. */
            country_code?: string;
            latitude?: number;
            longitude?: number;
            hostname?: string;
            organization?: string;
            campaign?: string;
            goals?: components["schemas"]["VisitorGoals"];
            custom?: components["schemas"]["CustomData"];
            stats_url?: string;
        };
        /** @description One action of actions-list (a page view, download, outbound click, event, search or video event), newest first. */
        ActionsListItem: {
            time: number;
            time_pretty?: string;
            ip_address?: string;
            uid?: string;
            session_id: number;
            /** @enum {string} */
            action_type: "pageview" | "outbound" | "download" | "click" | "search" | "video_play" | "video_pause" | "video_seek" | "video_end";
            action_title?: string;
            action_url?: string;
            referrer_url?: string;
            referrer_domain?: string;
            referrer_search?: string;
            custom?: components["schemas"]["CustomData"];
            stats_url?: string;
        };
        /** @description One search or link of searches-recent, searches-unique, links-recent or links-unique, newest first. */
        RecentItem: {
            time: number;
            time_pretty?: string;
            /** @description The search query or link. */
            item: string;
            stats_url?: string;
        };
        /** @description One uptime check and its state over the period. */
        UptimeItem: {
            name: string;
            endpoint?: string;
            /** @description Seconds between checks. */
            interval?: number;
            type?: string;
            is_down?: boolean;
            event_count?: number;
            total_seconds_down?: number;
            uptime_percentage?: number;
        };
        /** @description One uptime event: when a check went offline and came back, newest first. */
        UptimeListItem: {
            name: string;
            endpoint?: string;
            interval?: number;
            type?: string;
            /** @description Unix time the check was found offline. */
            down_at?: number;
            /** @description Unix time the check came back online. */
            up_at?: number;
            seconds_down?: number;
        };
        /** @description One date (YYYY-MM-DD) or range ("START,END") of one type, with its items in the API's order. A type's date groups come newest first. */
        DateGroup: {
            /** @description The date label exactly as the API sent it. */
            date: string;
            /** Format: date */
            start?: string;
            /** Format: date */
            end?: string;
            items: Record<string, never>[];
        };
        TypeResult: {
            type: string;
            dates: components["schemas"]["DateGroup"][];
        };
        /** @description The wire model, type -> date groups -> items, types in the order the request named them. The SDK's result is keyed by type, in that order. */
        StatsResponse: components["schemas"]["TypeResult"][];
        /** @description An error, sent with HTTP 200. The API sends the list form; some clients also guard for one object or a bare string, and the decoders read all three. */
        ErrorBody: components["schemas"]["ErrorItem"][] | components["schemas"]["ErrorItem"] | string;
        ErrorItem: {
            error: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getStats: {
        parameters: {
            query: {
                /** @description The site's numeric ID, from the site preferences page. */
                site_id: number;
                /** @description The site's 12-16 character key of letters and digits; authenticates every request. */
                sitekey: string;
                /** @description The data types wanted, comma-joined. Required unless alert_id is given. */
                type?: components["schemas"]["DataType"][];
                /** @description An alert's ID (the trailing digits of https://clicky.com/a/123); answers like type=visitors-list for that alert's session, and needs no type. */
                alert_id?: number;
                /** @description The response format. */
                output?: "xml" | "php" | "json" | "csv";
                /** @description Results per group (per type and per date group), 1-1000, or "all" for up to 5000. Restricted types answer at most 1000 a page, "all" included (the reference recommends time_offset with limit=all). */
                limit?: number | "all";
                /** @description With limit, the page of results (limit=100&page=2 gives results 101-200). */
                page?: number;
                /** @description A date or range: YYYY-MM-DD, YYYY-MM-DD,YYYY-MM-DD, YYYY-MM, YYYY, or a relative expression (today, yesterday, X-days-ago, last-X-days, previous-X-days, this-month, last-month, X-months-ago, this-week, last-week, X-weeks-ago). */
                date?: string;
                /** @description Break a range down into one date group per day instead of one total. */
                daily?: boolean;
                /** @description Hourly values for every requested date (implies daily), newest hour first. Only for types that keep hourly data (visitors and the counts of actions), and every requested type must. */
                hourly?: boolean;
                /** @description Add the trend percentage (-999 to 999, no % sign) to each value. */
                trends?: boolean;
                /** @description Stats for one exact item of the one requested type (filter is the wildcard search). */
                item?: string;
                /** @description Append heatmap viewing authentication to each page URL. */
                heatmap_url?: boolean;
                /** @description Only these visitors-list fields (the item's own singular names, e.g. web_browser), comma-joined. */
                "visitor-details"?: components["schemas"]["VisitorDetail"][];
                /** @description Only data from the last N seconds (at most 86400); the date is then ignored. */
                time_offset?: number;
                /** @description For type=segmentation, the tally and popular types (and summary) to return for the matching visitors. */
                segments?: components["schemas"]["Segment"][];
                /** @description One IPv4 or IPv6 address; for IPv4 also ranges (a,b) and several of either joined by |. Overrides every other filter. */
                ip_address?: string;
                /** @description A visitor's unique ID. Overrides every other filter. */
                uid?: string;
                /** @description One session; with visitors-list it returns that session whatever the date. */
                session_id?: number;
                /** @description Only first-time visitors. */
                new_visitors?: boolean;
                /** @description Only returning visitors. */
                returning_visitors?: boolean;
                /** @description Only visitors online now. */
                online?: boolean;
                /** @description Only visitors with heatmap data. */
                heatmap?: boolean;
                /** @description Number of actions: N, >N, <N, >=N, <=N, or a range MIN,MAX. */
                actions?: string;
                /** @description Seconds on the site: N, >N, <N, >=N, <=N, or a range MIN,MAX. */
                time?: string;
                /** @description Visitors (or actions) that viewed this URL. */
                href?: string;
                /** @description Visitors who landed on this page. */
                landing?: string;
                /** @description Visitors who left from this page. */
                exit?: string;
                /** @description Visitors who arrived via this search. */
                search?: string;
                /** @description Visitors who searched the site for this. */
                "search-local"?: string;
                /** @description Visitors referred by this domain. */
                domain?: string;
                /** @description Visitors referred by this link. */
                link?: string;
                /** @description Visitors using this browser, e.g. "firefox 3.5". */
                browser?: string;
                /** @description Visitors using this operating system. */
                os?: string;
                /** @description Visitors with this screen resolution. */
                resolution?: string;
                /** @description Visitors from this country (two-letter code, e.g. us). */
                country?: string;
                /** @description Visitors from this city. */
                city?: string;
                /** @description Visitors speaking this language. */
                language?: string;
                /** @description Visitors from this hostname. */
                hostname?: string;
                /** @description Visitors from this organization. */
                org?: string;
                /** @description Visitors from this traffic source (search, social, direct, ...). */
                source?: string;
                /** @description Visitors who followed this short URL. */
                shorturl?: string;
                /** @description Custom visitor data to match, one value per key (custom[username]=billy). IP tags use custom[username]. */
                custom?: {
                    [key: string]: string;
                };
                /** @description Visitors who completed this goal (its name), or * for visitors who completed any goal. */
                goal?: string;
                /** @description Visitors who arrived via this campaign. */
                campaign?: string;
                /** @description Visitors who saw this split-test variant. */
                split?: string;
                /** @description Only actions of this kind. */
                action_type?: "pageview" | "download" | "outbound" | "event" | "video" | "search";
                /** @description Output every logged value of each custom key (a list per key) instead of the last one. */
                custom_keys_multi_values?: boolean;
                /** @description Add viewing metadata (such as average time watched) to type=video items. */
                video_meta?: boolean;
                /** @description Wildcard filter on popular items; a leading ! keeps what does not match. */
                filter?: string;
                /** @description JSONP; wrap the JSON in a call to this function. Letters, digits, _ and . only. */
                json_callback?: string;
                /** @description JSONP; assign the JSON to this variable. Letters, digits, _ and . only. */
                json_var?: string;
                /** @description Include empty and null fields in the body instead of leaving them out. The SDK's decoded result leaves them out either way (quirk absent-not-null); only the raw body shows them. */
                null_values?: boolean;
                /** @description The name of the application making the request (for the API's usage statistics). */
                app?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data, or an error body (errors also come with HTTP 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsResponse"] | components["schemas"]["ErrorBody"];
                    "application/xml": components["schemas"]["StatsResponse"];
                    "text/plain": string;
                    "text/csv": string;
                };
            };
        };
    };
}
