// Reads the whole document for `$ref`s that do not resolve and for empty values a YAML slip leaves behind.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import { fail, type Obj, type ReadContext } from './context.ts';

/** Reports every `$ref` under `node` that does not resolve in the document. */
export function checkRefs(ctx: ReadContext, node: unknown = ctx.doc, path = ''): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => {
      checkRefs(ctx, v, `${path}[${i}]`);
    });
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const here = path ? `${path}.${key}` : key;
    if (value === null) fail(ctx, here, 'empty value (an unquoted comma inside a { ... } mapping splits it)');
    else if (key === '$ref') {
      if (typeof value !== 'string' || !value.startsWith('#/') || resolvePointer(ctx.doc, value) === undefined) {
        fail(ctx, here, `unknown ref ${JSON.stringify(value)}`);
      }
    } else checkRefs(ctx, value, here);
  }
}

function resolvePointer(doc: Obj, ref: string): unknown {
  let cur: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isRecord(cur) || !(key in cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}
