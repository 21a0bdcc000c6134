import type { ImportReading } from '../../domain/import';
import type { JsonValue } from '../../domain/json';
import { restoreTextOrder } from '../../domain/definition/text-order';
import { placePiece, valueAt, type Carved, type Piece } from '../../domain/transfer/carve';
import { markLarge } from '../../drafts/spine';
import type { ReaderMessage, ReadProgress } from './import-reader-messages';
import { readBrowserFile } from './read-browser-file';

/**
 * Reads a picked or dropped file in a worker, reporting progress, and puts the document back together
 * one piece per message (each in its own task). Where there are no workers (tests), it reads here.
 */
export function readFileInWorker(file: File, onProgress: (progress: ReadProgress) => void): Promise<ImportReading> {
  if (typeof Worker === 'undefined') return readBrowserFile(file);
  const worker = new Worker(new URL('./import-reader.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportReading>((resolve, reject) => {
    let reading: ImportReading | undefined;
    let expected = 0;
    let placed = 0;
    let orders: Carved['orders'] = [];
    /** Entries per large container, by path: known large from here on, not counted again by each save. */
    const sizes = new Map<string, { path: Piece['path']; count: number }>();
    const finish = () => {
      worker.terminate();
      if (!reading) return;
      if (reading.kind === 'definition' || reading.kind === 'openapi') {
        for (const { path, keys } of orders) {
          const target = valueAt(reading.doc, path);
          if (target && typeof target === 'object') restoreTextOrder(target, keys);
        }
        for (const { path, count } of sizes.values()) {
          const target = valueAt(reading.doc, path);
          if (target && typeof target === 'object') markLarge(target, count);
        }
      }
      resolve(reading);
    };
    worker.onmessage = (event: MessageEvent<ReaderMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress({ stage: message.stage });
      else if (message.type === 'failed') {
        worker.terminate();
        reject(new Error(message.message));
      } else if (message.type === 'head') {
        reading = message.head;
        expected = message.pieces;
        orders = message.orders;
        if (expected === 0) finish();
        else onProgress({ stage: 'assembling', fraction: 0 });
      } else if (reading && (reading.kind === 'definition' || reading.kind === 'openapi')) {
        placePiece(reading.doc as JsonValue, message.piece);
        const at = message.piece.path.join('\u0000');
        const size = sizes.get(at) ?? { path: message.piece.path, count: 0 };
        size.count += message.piece.entries.length;
        sizes.set(at, size);
        placed += 1;
        onProgress({ stage: 'assembling', fraction: placed / expected });
        if (placed === expected) finish();
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The file reader stopped.'));
    };
    worker.postMessage({ file });
  });
}
