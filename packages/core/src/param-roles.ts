// The parameters the SDK reads by name. Everything else validation knows of a parameter (kind, constraints,
// applicability, rules, what it requires, implies or overrides) comes from the generated table; these few shape
// the request itself, so code names them, here and nowhere else. The generator refuses a spec that lacks one,
// so a rename in the spec fails `pnpm generate`, not a request.
export const PARAM_ROLES = {
  /** The data types asked for: the answer holds exactly these (its values are the data types). */
  types: 'type',
  /** The answer's wire format (its values are OUTPUT_FORMATS). */
  output: 'output',
  /** The site asked about. */
  siteId: 'site_id',
  /** The site's secret key. */
  sitekey: 'sitekey',
} as const;
