// Writing keys read from a body into plain objects without ever touching a prototype.

/** Sets a property as an own data property: a `__proto__` key stays data and never touches a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
