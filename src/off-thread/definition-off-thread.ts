import type { JsonObject, JsonPath, JsonValue } from '../domain/json';
import type { DefinitionFormat, Finding } from '../domain/pipeline/model';
import type { GatewayProfile } from '../domain/profile/profile';
import { cutSpine, slicesOf, type Big } from '../drafts/spine';
import { keysOf } from '../domain/json-edit';
import { oneKeyEditOf } from '../domain/edit-record';
import type { FromWorker, SourceRef, ToWorker } from './messages';

/** Gives the page a turn between two messages: each slice's copy is then a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** True when the definition has a container large enough that linting or writing it here would hold the page up. */
export function isLarge(doc: JsonObject): boolean {
  const bigs: Big[] = [];
  cutSpine(doc, 'doc', bigs);
  return bigs.length > 0;
}

/** The definition's large containers: where (the last key of their path) and how many entries each holds. */
export function largeParts(doc: JsonObject): { name: string; entries: number }[] {
  const bigs: Big[] = [];
  cutSpine(doc, 'doc', bigs);
  return bigs.map((big) => ({
    name: String(big.path[big.path.length - 1] ?? ''),
    entries: Array.isArray(big.container) ? big.container.length : keysOf(big.container).length,
  }));
}

interface Sent {
  spine: JsonValue;
  holes: { path: JsonPath; id: number }[];
}

/**
 * Lints and writes large definitions in a worker (one per page, made on first use). Each large container is
 * sent once, a slice per task; later runs send the spine and name the containers the worker already has.
 */
export class DefinitionOffThread {
  private worker: Worker | undefined;
  /** The containers of the last run, which the worker holds (it drops every other one on each run). */
  private held = new Map<object, number>();
  private nextId = 1;
  private nextRequest = 1;
  private readonly waiting = new Map<number, (answer: FromWorker) => void>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./definition.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const resolve = this.waiting.get(event.data.request);
      this.waiting.delete(event.data.request);
      resolve?.(event.data);
    };
    this.worker = worker;
    return worker;
  }

  /** Sends what the worker lacks of `doc`; undefined when cancelled on the way. */
  private async send(doc: JsonObject, cancelled: () => boolean): Promise<Sent | undefined> {
    const worker = this.start();
    const bigs: Big[] = [];
    const spine = cutSpine(doc, 'doc', bigs);
    const holes: Sent['holes'] = [];
    const held = new Map<object, number>();
    for (const big of bigs) {
      let id = this.held.get(big.container) ?? held.get(big.container);
      if (id === undefined) {
        id = this.nextId++;
        // An edit of one entry of a container the worker holds (one endpoint of 200,000): send that entry only.
        const edit = Array.isArray(big.container) ? undefined : oneKeyEditOf(big.container);
        const from = edit && (this.held.get(edit.base) ?? held.get(edit.base));
        if (edit && from !== undefined) {
          const value = (big.container as JsonObject)[edit.key] as JsonValue;
          worker.postMessage({ type: 'patch', id, from, key: edit.key, value } satisfies ToWorker);
          held.set(big.container, id);
          holes.push({ path: big.path, id });
          continue;
        }
        const source = slicesOf(big.container);
        for (let index = 0; index < source.count; index++) {
          if (cancelled()) return undefined;
          worker.postMessage({ type: 'piece', id, isArray: Array.isArray(big.container), entries: source.slice(index) } satisfies ToWorker);
          await nextTask();
        }
      }
      held.set(big.container, id);
      holes.push({ path: big.path, id });
    }
    if (cancelled()) return undefined;
    this.held = held;
    return { spine, holes };
  }

  private ask(message: ToWorker & { request: number }): Promise<FromWorker> {
    const answer = new Promise<FromWorker>((resolve) => this.waiting.set(message.request, resolve));
    this.start().postMessage(message);
    return answer;
  }

  async lint(doc: JsonObject, format: DefinitionFormat, profile: GatewayProfile | undefined, cancelled: () => boolean): Promise<{ findings: Finding[]; total: number } | undefined> {
    const sent = await this.send(doc, cancelled);
    if (!sent) return undefined;
    const answer = await this.ask({ type: 'lint', request: this.nextRequest++, ...sent, format, ...(profile ? { profile } : {}) });
    return answer.type === 'findings' ? { findings: answer.findings, total: answer.total } : undefined;
  }

  /** The definition as text (patched into its imported source when given), written in the worker. */
  async text(doc: JsonObject, source: SourceRef): Promise<string> {
    const text = await this.write(doc, source, false);
    return typeof text === 'string' ? text : text.text();
  }

  /**
   * The same as a Blob for a download, made in the worker: making a Blob of 50 MB copies it, a quarter of a
   * second the page would not answer in.
   */
  async blob(doc: JsonObject, source: SourceRef): Promise<Blob> {
    const blob = await this.write(doc, source, true);
    return typeof blob === 'string' ? new Blob([blob], { type: 'application/json' }) : blob;
  }

  /** Whether the source is the Dashboard's export format (`{"api_definition": {...}}`). */
  async fromDashboard(source: SourceRef): Promise<boolean> {
    const answer = await this.ask({ type: 'dashboard', request: this.nextRequest++, source });
    return answer.type === 'dashboard' && answer.dashboard;
  }

  private async write(doc: JsonObject, source: SourceRef, blob: boolean): Promise<string | Blob> {
    const sent = (await this.send(doc, () => false)) as Sent;
    const answer = await this.ask({ type: 'text', request: this.nextRequest++, ...sent, source, blob });
    if (answer.type !== 'text') throw new Error('The definition could not be written.');
    return answer.text;
  }
}

let shared: DefinitionOffThread | undefined;

/** The page's definition worker, or undefined where there are no workers (tests). */
export function definitionOffThread(): DefinitionOffThread | undefined {
  if (typeof Worker === 'undefined') return undefined;
  shared ??= new DefinitionOffThread();
  return shared;
}
