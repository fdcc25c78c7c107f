// Type declarations for benchmark peers that ship none.
declare module 'locutus/php/var/unserialize.js' {
  export default function unserialize(text: string): unknown;
}
