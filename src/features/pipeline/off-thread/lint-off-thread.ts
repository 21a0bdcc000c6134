import type { JsonObject } from '../../../domain/json';
import type { DefinitionFormat, Finding } from '../../../domain/pipeline/model';
import type { GatewayProfile } from '../../../domain/profile/profile';
import { cutSpine, slicesOf, type Big } from '../../../drafts/spine';
import type { FindingsMessage, ToWorker } from './messages';

/** Gives the page a turn between two messages: each slice's copy is then a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** True when the definition has a container large enough that linting it here would hold the page up. */
export function isLarge(doc: JsonObject): boolean {
  const bigs: Big[] = [];
  cutSpine(doc, 'doc', bigs);
  return bigs.length > 0;
}

/**
 * Lints large definitions in a worker (one per page, made on first use). Each large container is sent once,
 * a slice per task; later runs send the spine and name the containers the worker already has.
 */
export class OffThreadLint {
  private worker: Worker | undefined;
  /** The containers of the last run, which the worker holds (it drops every other one on each run). */
  private held = new Map<object, number>();
  private nextId = 1;
  private nextRequest = 1;
  private readonly waiting = new Map<number, (result: { findings: Finding[]; total: number }) => void>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./lint.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FindingsMessage>) => {
      const resolve = this.waiting.get(event.data.request);
      this.waiting.delete(event.data.request);
      resolve?.({ findings: event.data.findings, total: event.data.total });
    };
    this.worker = worker;
    return worker;
  }

  async lint(doc: JsonObject, format: DefinitionFormat, profile: GatewayProfile | undefined, cancelled: () => boolean): Promise<{ findings: Finding[]; total: number } | undefined> {
    const worker = this.start();
    const bigs: Big[] = [];
    const spine = cutSpine(doc, 'doc', bigs);
    const holes: { path: Big['path']; id: number }[] = [];
    const held = new Map<object, number>();
    for (const big of bigs) {
      let id = this.held.get(big.container) ?? held.get(big.container);
      if (id === undefined) {
        id = this.nextId++;
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
    const request = this.nextRequest++;
    const answer = new Promise<{ findings: Finding[]; total: number }>((resolve) => this.waiting.set(request, resolve));
    worker.postMessage({ type: 'lint', request, spine, holes, format, ...(profile ? { profile } : {}) } satisfies ToWorker);
    return answer;
  }
}

let shared: OffThreadLint | undefined;

/** The page's lint worker, or undefined where there are no workers (tests). */
export function offThreadLint(): OffThreadLint | undefined {
  if (typeof Worker === 'undefined') return undefined;
  shared ??= new OffThreadLint();
  return shared;
}
