// The pools the generator draws a site's traffic from: pages, referrers, places, software, campaigns, goals.

/** The origin of every emulated site's pages. */
export const SITE_URL = 'https://example.com';

export interface Place {
  readonly city: string;
  readonly region: string;
  readonly country: string;
  readonly code: string;
  readonly lat: number;
  readonly lon: number;
  readonly language: string;
  readonly org: string;
  readonly host: string;
}

export const PLACES: readonly Place[] = [
  {
    city: 'Arlington',
    region: 'Massachusetts',
    country: 'USA',
    code: 'us',
    lat: 42.4188,
    lon: -71.1557,
    language: 'English',
    org: 'Comcast Cable',
    host: 'comcast.net',
  },
  {
    city: 'Portland',
    region: 'Oregon',
    country: 'USA',
    code: 'us',
    lat: 45.5152,
    lon: -122.6784,
    language: 'English',
    org: 'CenturyLink',
    host: 'centurylink.net',
  },
  {
    city: 'Austin',
    region: 'Texas',
    country: 'USA',
    code: 'us',
    lat: 30.2672,
    lon: -97.7431,
    language: 'English',
    org: 'Spectrum',
    host: 'spectrum.com',
  },
  {
    city: 'London',
    region: 'England',
    country: 'United Kingdom',
    code: 'gb',
    lat: 51.5072,
    lon: -0.1276,
    language: 'English',
    org: 'BT',
    host: 'bt.com',
  },
  {
    city: 'Berlin',
    region: 'Berlin',
    country: 'Germany',
    code: 'de',
    lat: 52.52,
    lon: 13.405,
    language: 'German',
    org: 'Deutsche Telekom',
    host: 't-online.de',
  },
  {
    city: 'Zürich',
    region: 'Zurich',
    country: 'Switzerland',
    code: 'ch',
    lat: 47.3769,
    lon: 8.5417,
    language: 'German',
    org: 'Swisscom',
    host: 'swisscom.ch',
  },
  {
    city: 'Paris',
    region: 'Île-de-France',
    country: 'France',
    code: 'fr',
    lat: 48.8566,
    lon: 2.3522,
    language: 'French',
    org: 'Orange',
    host: 'orange.fr',
  },
  {
    city: 'São Paulo',
    region: 'São Paulo',
    country: 'Brazil',
    code: 'br',
    lat: -23.5558,
    lon: -46.6396,
    language: 'Portuguese',
    org: 'Vivo',
    host: 'vivo.com.br',
  },
  {
    city: 'Tokyo',
    region: 'Tokyo',
    country: 'Japan',
    code: 'jp',
    lat: 35.6762,
    lon: 139.6503,
    language: 'Japanese',
    org: 'NTT',
    host: 'ocn.ne.jp',
  },
  {
    city: 'Sydney',
    region: 'New South Wales',
    country: 'Australia',
    code: 'au',
    lat: -33.8688,
    lon: 151.2093,
    language: 'English',
    org: 'Telstra',
    host: 'bigpond.net.au',
  },
  {
    city: 'Toronto',
    region: 'Ontario',
    country: 'Canada',
    code: 'ca',
    lat: 43.6532,
    lon: -79.3832,
    language: 'English',
    org: 'Rogers',
    host: 'rogers.com',
  },
  {
    city: 'Mumbai',
    region: 'Maharashtra',
    country: 'India',
    code: 'in',
    lat: 19.076,
    lon: 72.8777,
    language: 'Hindi',
    org: 'Jio',
    host: 'jio.com',
  },
];

export const BROWSERS: readonly string[] = [
  'Google Chrome 128.0',
  'Safari 17.6',
  'Firefox 130.0',
  'Microsoft Edge 128',
  'Opera 112',
  'Samsung Internet 25',
];
export const OSES: readonly string[] = ['Windows', 'Mac OS X', 'iOS', 'Android', 'Linux', 'Chrome OS'];
export const RESOLUTIONS: readonly string[] = [
  '1920x1080',
  '1792x1120',
  '1440x900',
  '390x844',
  '412x915',
  '2560x1440',
  '1366x768',
];
export const HARDWARE: readonly string[] = ['Desktop', 'Desktop', 'Mobile', 'Mobile', 'Tablet', 'Desktop', 'Desktop'];

export interface Page {
  readonly url: string;
  readonly title: string;
}
export const PAGES: readonly Page[] = [
  { url: '/', title: 'Home | Example Store' },
  { url: '/products', title: 'Products | Example Store' },
  { url: '/blog', title: 'Blog | Example Store' },
  { url: '/pricing', title: 'Pricing | Example Store' },
  { url: '/blog/first-steps', title: 'First steps with analytics | Example Store' },
  { url: '/products/tea', title: 'Green tea, 100 g | Example Store' },
  { url: '/products/coffee', title: 'Coffee beans "Morning" | Example Store' },
  { url: '/about', title: 'About us | Example Store' },
  { url: '/contact.php', title: 'Contact | Example Store' },
  { url: '/blog/privacy-first', title: 'Privacy first & fast | Example Store' },
  { url: '/cart', title: 'Your cart | Example Store' },
  { url: '/checkout', title: 'Checkout | Example Store' },
  { url: '/search?q=tea', title: 'Search results | Example Store' },
  { url: '/faq', title: 'FAQ | Example Store' },
  { url: '/jobs', title: 'Jobs | Example Store' },
];

export const SEARCHES: readonly string[] = [
  'green tea',
  'buy coffee beans',
  'example store',
  'best tea online',
  'coffee subscription',
  'oatmeal cookies',
  'cookie recipes',
  'tea shop portland',
  'café près de moi',
  'grüner tee kaufen',
  'loose leaf tea',
  'cold brew coffee',
];
export const ENGINES: readonly string[] = [
  'google.com',
  'bing.com',
  'duckduckgo.com',
  'search.yahoo.com',
  'ecosia.org',
];
export const LINK_DOMAINS: readonly string[] = [
  'news.ycombinator.com',
  'reddit.com',
  'example-blog.net',
  'twitter.com',
  'facebook.com',
  'linkedin.com',
];
export const SOCIAL: ReadonlySet<string> = new Set(['twitter.com', 'facebook.com', 'linkedin.com', 'reddit.com']);
export const CAMPAIGNS: readonly string[] = ['Fall sale', 'Newsletter October', 'Spring launch'];
export const SPLITS: readonly string[] = ['Homepage A', 'Homepage B'];
export const SHORTURLS: readonly string[] = ['https://sho.rt/tea', 'https://sho.rt/fall'];
export const DOWNLOADS: readonly string[] = [
  '/files/catalog.pdf',
  '/files/price-list.xlsx',
  '/files/brewing-guide.pdf',
];
export const OUTBOUND: readonly string[] = [
  'https://twitter.com/example',
  'https://github.com/example',
  'https://maps.example.com/store',
];
export const EVENTS: readonly string[] = ['newsletter-signup', 'add-to-cart', 'play-promo'];
export const VIDEOS: readonly string[] = ['How we roast our coffee', 'Tea ceremony basics'];
export const USERNAMES: readonly string[] = ['billy', 'ana', 'kenji', 'marie', 'ömer', 'li.wei', 'sam_o'];

export interface Goal {
  readonly name: string;
  readonly revenue: number;
  readonly cost: number;
  /** The page that completes it. */
  readonly url: string;
}
export const GOALS: readonly Goal[] = [
  { name: 'Purchase', revenue: 49.95, cost: 2.5, url: '/checkout' },
  { name: 'Signup', revenue: 0, cost: 0.5, url: '/contact.php' },
];

export interface Monitor {
  readonly name: string;
  readonly endpoint: string;
  readonly interval: number;
  readonly type: string;
}
export const MONITORS: readonly Monitor[] = [
  { name: 'Store homepage', endpoint: 'https://example.com/', interval: 60, type: 'http' },
  { name: 'Checkout API', endpoint: 'https://api.example.com/health', interval: 300, type: 'http' },
];
