/**
 * Collectors: one per evidence section. A collector states its section and asks the context for host
 * files; the context records every failed read as a gap of that section (DESIGN §1, §4).
 */
import type { FileLine, Gap, GapReason, SectionName, Sections } from './evidence.ts';
import type { HostExec } from '../host/exec.ts';
import type { ContentOptions } from '../walk/options.ts';
import type { DirEntry, HostRoot, ReadOptions, Failure } from '../host/root.ts';

/** Read options plus the field a failed read leaves unknown (see Gap.field). */
export interface CollectReadOptions extends ReadOptions {
  field?: string;
}

export interface CollectContext {
  readonly section: SectionName;
  readonly root: HostRoot;
  /** Present only when scanning the live root "/". */
  readonly exec: HostExec | undefined;
  /** What the content scan covers (the content collector only); absent: its defaults. */
  readonly content?: ContentOptions | undefined;
  /** When the collection started (the bundle's collectedAt): "today" for dates read off the host. */
  readonly now?: Date | undefined;
  /** The file's text, or undefined when it does not exist (a fact) or could not be read (recorded as a gap). */
  readText(hostPath: string, options?: CollectReadOptions): Promise<string | undefined>;
  /** The directory's entries sorted by name, or undefined (missing, or a recorded gap). */
  list(hostPath: string): Promise<DirEntry[] | undefined>;
  readLink(hostPath: string, options?: { field?: string }): Promise<string | undefined>;
  gap(path: string, reason: GapReason, detail?: string, field?: string): void;
  /** Record a failure returned by HostRoot; a missing file is not a gap. */
  noteFailure(path: string, failure: Failure, field?: string): void;
}

export interface Collector<S extends SectionName = SectionName> {
  section: S;
  /** Bumped whenever the section's shape or meaning changes. */
  version: number;
  collect(ctx: CollectContext): Promise<Sections[S]>;
}

export function defineCollector<const S extends SectionName>(collector: Collector<S>): Collector<S> {
  return collector;
}

export function createContext(
  section: SectionName,
  root: HostRoot,
  exec: HostExec | undefined,
  gaps: Gap[],
  content?: ContentOptions,
  now?: Date,
): CollectContext {
  const gap = (path: string, reason: GapReason, detail?: string, field?: string): void => {
    gaps.push({
      section,
      path,
      reason,
      ...(detail === undefined ? {} : { detail }),
      ...(field === undefined ? {} : { field }),
    });
  };
  const noteFailure = (path: string, failure: Failure, field?: string): void => {
    if (!failure.missing) gap(path, failure.reason, failure.detail, field);
  };
  return {
    section,
    root,
    exec,
    content,
    now,
    gap,
    noteFailure,
    async readText(hostPath, options) {
      const result = await root.readText(hostPath, options);
      if (result.ok) return result.text;
      noteFailure(hostPath, result, options?.field);
      return undefined;
    },
    async list(hostPath) {
      const result = await root.list(hostPath);
      if (result.ok) return result.entries;
      noteFailure(hostPath, result);
      return undefined;
    },
    async readLink(hostPath, options) {
      const result = await root.readLink(hostPath);
      if (result.ok) return result.target;
      noteFailure(hostPath, result, options?.field);
      return undefined;
    },
  };
}

/** Split text into lines with 1-based numbers, the shape every parser starts from. */
export function numberedLines(text: string): { line: number; text: string }[] {
  return text.split(/\r?\n/).map((t, i) => ({ line: i + 1, text: t }));
}

export function at(path: string, line?: number): FileLine {
  return line === undefined ? { path } : { path, line };
}
