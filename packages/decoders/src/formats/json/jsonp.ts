// JSONP: the API wraps JSON in a call (json_callback: `cb([...]);`) or an assignment (json_var: `var v = [...];`).
const JSONP = /^\s*(?:var\s+[A-Za-z_$][\w.$]*\s*=\s*([\s\S]*?)|[A-Za-z_$][\w.$]*\s*\(([\s\S]*)\))\s*;?\s*$/;

/** The JSON inside a json_callback or json_var body; plain JSON as it is. */
export function unwrapJsonp(text: string): string {
  const c = text.trimStart()[0];
  if (c === '[' || c === '{') return text;
  const m = JSONP.exec(text);
  return m ? (m[1] ?? m[2] ?? '') : text;
}

/** Whether a body's first characters are JSON or a JSONP wrapper. */
export function sniffJson(head: string): boolean {
  const c = head.charCodeAt(0);
  if (c === 91 /* [ */ || c === 123 /* { */) return true;
  return /^(?:var\s+)?[A-Za-z_$][\w.$]*\s*(?:\(|=)/.test(head.slice(0, 200));
}
