// A Node Readable's chunks as an async iterable, over its 'data' events. Node's own stream iterator registers a
// dozen listeners and a finished() watcher per stream: for a small loopback answer that costs more than the rest
// of reading it. Same contract: chunks in order, the stream's error thrown, a stream closed before its end a
// failure, and stopping early destroys the stream.
import type { Readable } from 'node:stream';

/** Chunks held before the stream is paused, so a slow reader does not make it buffer the whole body. */
const PAUSE_AT = 16;

class PrematureClose extends Error {
  constructor() {
    super('the body stream closed before its end');
  }
}

export function readableChunks(stream: Readable): AsyncIterable<Uint8Array> {
  return { [Symbol.asyncIterator]: () => iterate(stream) };
}

function iterate(stream: Readable): AsyncIterator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const onData = (chunk: Uint8Array): void => {
    queue.push(chunk);
    if (queue.length >= PAUSE_AT) stream.pause();
    notify();
  };
  const onEnd = (): void => {
    ended = true;
    notify();
  };
  const onError = (error: unknown): void => {
    failure ??= { error };
    notify();
  };
  const onClose = (): void => {
    if (!ended) failure ??= { error: new PrematureClose() };
    notify();
  };
  const stop = (): void => {
    stream.off('data', onData);
    stream.off('end', onEnd);
    stream.off('close', onClose);
    // The error listener stays: a stream that errors after the reader is gone must not end the process.
  };
  stream.on('error', onError);
  stream.on('end', onEnd);
  stream.on('close', onClose);
  stream.on('data', onData);
  return {
    async next(): Promise<IteratorResult<Uint8Array>> {
      for (;;) {
        const chunk = queue.shift();
        if (chunk !== undefined) {
          if (queue.length === 0 && stream.isPaused() && !ended) stream.resume();
          return { value: chunk, done: false };
        }
        if (failure) {
          stop();
          throw failure.error;
        }
        if (ended) {
          stop();
          return { value: undefined, done: true };
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
    async return(): Promise<IteratorResult<Uint8Array>> {
      stop();
      if (!ended) stream.destroy();
      return { value: undefined, done: true };
    },
  };
}
