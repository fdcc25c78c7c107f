// The client object every runtime package returns from createClient: typed stats(), the generated per-type
// methods, paginate(). Runtime packages give it a transport and a decoder; everything else happens here.
import { ClickyParamError } from '../errors.ts';
import type {
  FieldPick,
  PickableField,
  PickedItem,
  TypedStatsRequest,
  TypeMethods,
} from '../generated/client-methods.ts';
import type { DataType, ItemOf, SegmentName } from '../generated/data-types.ts';
import { DATA_TYPES } from '../generated/tables.ts';
import { ownValue } from '../guards.ts';
import type { ClientItem, ClientResult } from '../lenient.ts';
import { redact } from '../redact.ts';
import type { PreparedRequest } from '../request.ts';
import type { CallOptions } from './call-options.ts';
import { type Engine, exchange } from './exchange.ts';
import { methodName, RESERVED_METHOD_NAMES } from './method-names.ts';
import { type ClientOptions, resolveCall, resolveOptions } from './options.ts';
import { type ItemStream, type PaginatedType, type PaginateRequest, paginate } from './paginate.ts';
import { callPreparer, checkDecodable } from './prepare-call.ts';
import { ClickyPromise, type ClickyResponse } from './response-promise.ts';
import { scrubError } from './scrub-error.ts';
import type { Decoder, Transport } from './transport.ts';

/** What a runtime package plugs in. */
export interface Runtime {
  readonly transport: Transport;
  readonly decoder: Decoder;
  /** Frees what the transport holds (connection pools); called by client.close(). */
  readonly close?: () => Promise<void>;
  /** The names of the runtime package's own options (`dispatcher`, `fetch`), accepted beside the engine's. */
  readonly optionNames?: readonly string[];
}

/**
 * The client's own members. `Strict` is its `strict` option: false (the default), items are `Lenient` (every
 * field may be absent, since an item the body got wrong is kept); true, they are whole.
 */
export interface ClickyClientBase<Strict extends boolean = false> {
  readonly siteId: number;
  /**
   * One request, typed by what it asks: the result has exactly the requested types as keys (segmentation: its
   * segments). Validates first (ClickyParamError, nothing sent), then sends, retries what is worth retrying, and
   * decodes with the hints the request implies.
   */
  stats<T extends DataType = 'visitors-list', S extends SegmentName = never>(
    request: TypedStatsRequest<T, S>,
    call?: CallOptions,
  ): ClickyPromise<ClientResult<T, S, Strict>>;
  /**
   * Every item of a type over a long range, newest first, in pages of 1,000 and date windows the API accepts.
   * With visitor-details, items hold only the fields picked.
   */
  paginate<T extends PaginatedType, D extends PickableField = never>(
    type: T,
    request?: PaginateRequest<T> & FieldPick<D>,
    call?: CallOptions,
  ): ItemStream<ClientItem<PickedItem<ItemOf<T>, D>, Strict>>;
  /** The request stats() would send, validated, with its URL (sitekey redacted when printed). */
  prepare<T extends DataType = 'visitors-list', S extends SegmentName = never>(
    request: TypedStatsRequest<T, S>,
  ): PreparedRequest;
  /** Frees the connections the client holds; later calls fail. */
  close(): Promise<void>;
}

/** A client; `ClickyClient<true>` is one created with `strict: true`, whose items are whole. */
export type ClickyClient<Strict extends boolean = false> = ClickyClientBase<Strict> & TypeMethods<Strict>;

/**
 * The headers as the caller sees them: a value that echoes the request URL (a Location, a debugging header)
 * would carry the sitekey. Only the body is given exactly as the API sent it.
 */
function redactHeaders(headers: Readonly<Record<string, string>>, sitekey: string): Readonly<Record<string, string>> {
  let copy: Record<string, string> | undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (!value.includes(sitekey)) continue;
    copy ??= { ...headers };
    copy[name] = redact(value, [sitekey]);
  }
  return copy ?? headers;
}

/** The problems list a decoder attached to its result, if any. */
function problemsOf(data: unknown): readonly unknown[] {
  // A primitive has no such property either: reading it gives undefined.
  const problems = (data as { problems?: unknown } | null | undefined)?.problems;
  return Array.isArray(problems) ? problems : [];
}

/** A client over a runtime's transport and decoder, typed strict when `options.strict` is true. */
export function createClientWith<Strict extends boolean = false>(
  options: ClientOptions & { readonly strict?: Strict },
  runtime: Runtime,
): ClickyClient<Strict> {
  const resolved = resolveOptions(options, runtime.optionNames);
  checkDecodable(resolved.output, runtime.decoder.formats, '(options.output)');
  const engine: Engine = { options: resolved, transport: runtime.transport, decoder: runtime.decoder };
  let closed = false;
  const validate = callPreparer(resolved, runtime.decoder.formats);

  const run: Run = async (request, call, keepBody) => {
    if (closed) throw new ClickyParamError([{ param: '(client)', rule: 'closed', message: 'the client was closed' }]);
    let x: Awaited<ReturnType<typeof exchange>>;
    let prepared: PreparedRequest;
    try {
      const checked = validate(request);
      prepared = checked.prepared;
      x = await exchange(engine, checked.valid, prepared, resolveCall(call, resolved), keepBody);
    } catch (e) {
      throw scrubError(e, resolved.sitekey);
    }
    return {
      data: x.data,
      status: x.status,
      statusText: redact(x.statusText, [resolved.sitekey]),
      headers: redactHeaders(x.headers, resolved.sitekey),
      body: x.body ?? '',
      // Worked out when read (the prepared request keeps it): a call awaited for its data alone never reads it.
      get url() {
        return prepared.redactedUrl;
      },
      problems: problemsOf(x.data),
    };
  };
  const stats = (request: Readonly<Record<string, unknown>>, call?: CallOptions): ClickyPromise<unknown> =>
    new ClickyPromise((keepBody) => run(request, call, keepBody));

  const client: Record<string, unknown> = {
    siteId: resolved.siteId,
    stats,
    paginate: (type: PaginatedType, request: Record<string, unknown> = {}, call: CallOptions = {}) =>
      paginate(resolved, type, request as PaginateRequest<PaginatedType>, {
        fetch: (r) => run(r, call, false).then((x) => x.data as never),
        fail: (e) => scrubError(e, resolved.sitekey),
      }),
    prepare: (request: Readonly<Record<string, unknown>>) => {
      try {
        return validate(request).prepared;
      } catch (e) {
        throw scrubError(e, resolved.sitekey);
      }
    },
    close: async () => {
      closed = true;
      await runtime.close?.();
    },
  };
  installTypeMethods(client, run);
  return client as unknown as ClickyClient<Strict>;
}

type Run = (
  request: Readonly<Record<string, unknown>>,
  call: CallOptions | undefined,
  keepBody: boolean,
) => Promise<ClickyResponse<unknown>>;

/** The per-type methods: client.pages(r) is stats({ ...r, type: 'pages' }) narrowed to that type's groups. */
function installTypeMethods(client: Record<string, unknown>, run: Run): void {
  for (const type of Object.keys(DATA_TYPES) as DataType[]) {
    const name = methodName(type);
    if (RESERVED_METHOD_NAMES.includes(name)) continue;
    // Segmentation is keyed by its segments, so it keeps the whole result; other types give their groups.
    client[name] = (request: Readonly<Record<string, unknown>> = {}, call?: CallOptions) =>
      new ClickyPromise(async (keepBody) => {
        // The method is the type: a request naming another would be sent for this one without a word.
        if (typeof request === 'object' && request !== null && ownValue(request, 'type') !== undefined)
          throw new ClickyParamError([{ param: 'type', rule: 'method', message: `is set by ${name}(); leave it out` }]);
        const response = await run({ ...request, type }, call, keepBody);
        if (type === 'segmentation') return response;
        return { ...response, data: (response.data as Record<string, unknown>)[type] ?? [] };
      });
  }
}
