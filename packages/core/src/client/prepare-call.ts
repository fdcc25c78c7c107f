// Turning a caller's request into what is sent: the client's credentials, output and app added, the whole
// validated against the spec and the plan for the site's today, the URL built.
import { todayIn } from '../date-expression.ts';
import { ClickyParamError } from '../errors.ts';
import type { OutputFormat } from '../generated/data-types.ts';
import { PreparedRequest } from '../request.ts';
import { type ValidRequest, validateRequest } from '../validate.ts';
import type { ResolvedOptions } from './options.ts';

export interface PreparedCall {
  readonly valid: ValidRequest;
  readonly prepared: PreparedRequest;
}

export type PrepareCall = (request: Readonly<Record<string, unknown>>) => PreparedCall;

/**
 * Refuses an output format the client's decoder cannot read, before anything is sent (a browser client decodes
 * json only unless given another decoder). `param` names where the format came from.
 */
export function checkDecodable(
  output: OutputFormat,
  formats: readonly OutputFormat[] | undefined,
  param: string,
): void {
  if (formats === undefined || formats.includes(output)) return;
  throw new ClickyParamError([
    {
      param,
      rule: 'decoder',
      message: `this client reads ${formats.join(', ')} only (its decoder knows no other format)`,
      value: JSON.stringify(output),
    },
  ]);
}

/** `formats`: what the client's decoder reads (undefined: every format). */
export function callPreparer(options: ResolvedOptions, formats?: readonly OutputFormat[]): PrepareCall {
  // Today in the site's zone, worked out once a minute: zone offsets are whole minutes, so a day starts on one.
  let todayMinute = -1;
  let todayValue = '';
  const today = (): string => {
    const minute = Math.floor(Date.now() / 60_000);
    if (minute !== todayMinute) [todayMinute, todayValue] = [minute, todayIn(options.timeZone)];
    return todayValue;
  };
  return (request) => {
    if (typeof request !== 'object' || request === null)
      throw new ClickyParamError([{ param: '(request)', rule: 'kind', message: 'must be an object of parameters' }]);
    for (const name of ['site_id', 'sitekey'])
      if (Object.hasOwn(request, name))
        throw new ClickyParamError([{ param: name, rule: 'client', message: 'is set once, in createClient()' }]);
    // An output or app given as undefined (plain JavaScript, or a spread of optional fields) means the client's.
    const valid = validateRequest(
      {
        ...request,
        output: request.output ?? options.output,
        app: request.app ?? options.app,
        site_id: options.siteId,
        sitekey: options.sitekey,
      },
      { today: today(), ...(options.plan === undefined ? {} : { plan: options.plan }) },
    );
    checkDecodable(valid.output, formats, 'output');
    return { valid, prepared: new PreparedRequest(valid, options.baseUrl) };
  };
}
