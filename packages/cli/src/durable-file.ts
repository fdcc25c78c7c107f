// Files written so that a crash at any instant leaves a state to resume from: an output file appended to and
// synced before its progress is recorded, and small JSON files replaced atomically (write aside, sync, rename).
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes `text` to `path` so that a reader sees the old file or the new one, never a mix. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const aside = `${path}.${process.pid}.tmp`;
  try {
    const fh = await open(aside, 'w');
    try {
      await fh.writeFile(text);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(aside, path);
  } catch (e) {
    // The file at `path` is untouched: the last good version stays; only the half-written copy goes.
    await rm(aside, { force: true });
    throw e;
  }
  await syncFolder(dirname(path));
}

/** Makes a rename in a folder durable; some platforms cannot open a folder, and then there is nothing to do. */
async function syncFolder(folder: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(folder, 'r');
    await fh.sync();
  } catch {
    // Not supported here (Windows): the rename is as durable as the platform makes it.
  } finally {
    await fh?.close();
  }
}

/** An output file appended to at a known offset; `sync()` makes what was written durable. */
export class AppendFile {
  private constructor(
    private readonly fh: FileHandle,
    private offset: number,
  ) {}

  /** Opens `path` for a fresh write (emptied) or, given `keep`, cut back to its first `keep` bytes. */
  static async open(path: string, keep?: number): Promise<AppendFile> {
    const fh = await open(path, keep === undefined ? 'w' : 'r+');
    try {
      if (keep !== undefined) {
        const { size } = await fh.stat();
        if (size < keep) throw new ShortFileError(path, size, keep);
        await fh.truncate(keep);
      }
      return new AppendFile(fh, keep ?? 0);
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  get bytes(): number {
    return this.offset;
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    const data = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done, this.offset + done);
      done += bytesWritten;
    }
    this.offset += data.length;
  }

  async sync(): Promise<void> {
    await this.fh.datasync();
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}

/** The output file is shorter than what was recorded as written: it was changed by something else. */
export class ShortFileError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
    readonly expected: number,
  ) {
    super(`${path} has ${size} bytes, fewer than the ${expected} an earlier run recorded writing`);
    this.name = 'ShortFileError';
  }
}
