// The key sequences of the objects a reader builds (PHP arrays, XML elements, CSV rows), as a tree: each node is a
// key, and its path from the root a sequence. A reader walks the tree key by key as it reads an object, and a
// sequence that recurs gets a template: an object holding its keys, whose copies share one hidden class sized to
// its fields. Copying a template and filling it in is faster than growing an object field by field (which can
// leave a many-field object in slow dictionary mode), and it holds any number of shapes: real traffic has dozens,
// since visitors differ in which fields they have.

/** Nodes a tree keeps; a hostile body's endless new sequences are walked on nodes that are then let go. */
const MAX_NODES = 1 << 16;
/** Children a node searches one by one; past this it keeps them in a map too. */
const LISTED_CHILDREN = 8;
/** Objects with more keys than this get no template (an engine keeps such objects in dictionary mode anyway). */
export const MAX_TEMPLATE_KEYS = 128;

export class KeyTree<P> {
  nodes = 0;
  readonly root: KeyNode<P> = new KeyNode<P>(this, '', undefined);
}

export class KeyNode<P> {
  /** The children in the order they were first seen: readers try them in turn before reading a key whole. */
  readonly children: KeyNode<P>[] = [];
  #byKey: Map<string, KeyNode<P>> | undefined;
  /** Keys from the root to here. */
  readonly size: number;
  /** Objects of exactly this sequence built so far. */
  uses = 0;
  /** What the reader builds objects of this sequence from, once it recurs. */
  plan: P | undefined;

  constructor(
    readonly tree: KeyTree<P>,
    readonly key: string,
    readonly parent: KeyNode<P> | undefined,
  ) {
    this.size = parent === undefined ? 0 : parent.size + 1;
  }

  /** The node for `key` after this one: found, or made (and kept, while the tree has room). */
  child(key: string): KeyNode<P> {
    const byKey = this.#byKey;
    if (byKey !== undefined) {
      const found = byKey.get(key);
      if (found !== undefined) return found;
    } else {
      for (const c of this.children) if (c.key === key) return c;
    }
    const node = new KeyNode<P>(this.tree, key, this);
    if (this.tree.nodes >= MAX_NODES) return node;
    this.tree.nodes++;
    this.children.push(node);
    if (byKey !== undefined) byKey.set(key, node);
    else if (this.children.length > LISTED_CHILDREN) this.#byKey = new Map(this.children.map((c) => [c.key, c]));
    return node;
  }

  /** The sequence, root first. */
  keys(): string[] {
    const out = new Array<string>(this.size);
    for (let n: KeyNode<P> | undefined = this; n !== undefined && n.parent !== undefined; n = n.parent)
      out[n.size - 1] = n.key;
    return out;
  }
}

/**
 * An object holding these keys (distinct ones), every value null, laid out as JSON.parse lays objects out: in
 * fast mode, every field inside the object. A spread copy of it (`{ ...template }`) shares its hidden class. A
 * `__proto__` key is an own data property here and in every copy.
 */
export function templateOf(keys: readonly string[]): Record<string, unknown> {
  let json = '{';
  for (let i = 0; i < keys.length; i++) json += `${i === 0 ? '' : ','}${JSON.stringify(keys[i])}:null`;
  json += '}';
  const known = TEMPLATES.get(json);
  if (known !== undefined) return known;
  const template = JSON.parse(json) as Record<string, unknown>;
  if (json.length <= MAX_SHARED_TEMPLATE) {
    if (TEMPLATES.size >= MAX_TEMPLATES) TEMPLATES.clear();
    TEMPLATES.set(json, template);
  }
  return template;
}

/**
 * Templates by their JSON, shared by every decode: readers only ever copy a template, never change it, and a
 * small answer decoded again and again would otherwise parse its few templates anew each time. Bounded, and
 * cleared when full, so a body's endless new sequences cannot grow it.
 */
const TEMPLATES = new Map<string, Record<string, unknown>>();
const MAX_TEMPLATES = 1024;
/** Templates whose JSON is longer than this are built each time rather than kept. */
const MAX_SHARED_TEMPLATE = 4096;

/** Keys compared pair by pair rather than through a Set: cheaper for the few keys most objects have. */
const FEW_KEYS = 16;

/** Whether a sequence repeats a key. */
export function hasRepeats(keys: readonly string[]): boolean {
  if (keys.length > FEW_KEYS) return new Set(keys).size !== keys.length;
  for (let i = 1; i < keys.length; i++) for (let j = 0; j < i; j++) if (keys[i] === keys[j]) return true;
  return false;
}
