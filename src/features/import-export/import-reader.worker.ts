import { MAX_IMPORT_BYTES, describeImportProblem, readImportFile } from '../../domain/import';
import { carve } from '../../domain/transfer/carve';
import { storeSource } from '../../off-thread/source-store';
import type { ReaderMessage, ReadingHead } from './import-reader-messages';

/** Texts above this are stored from here rather than handed to the page (storing 50 MB there holds it up). */
const STORED_HERE = 4 * 1024 * 1024;

/**
 * Reads an imported file off the page's thread: decoding, parsing, detecting and checking a 50 MB
 * definition take seconds, and the page must keep answering meanwhile. The document goes back in pieces
 * (see domain/transfer/carve.ts), so that taking it in never blocks the page for long either.
 */
// The page's DOM types describe `self` as a window; in a worker it is this.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ file: File }>) => void) | null;
  postMessage: (message: ReaderMessage, transfer: Transferable[]) => void;
};
const send = (message: ReaderMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = async (event: MessageEvent<{ file: File }>) => {
  const { file } = event.data;
  try {
    if (file.size > MAX_IMPORT_BYTES) {
      const problem = { kind: 'too-large', size: file.size } as const;
      send({ type: 'head', head: { kind: 'problem', problem, finding: describeImportProblem(problem, file.name) }, pieces: 0, orders: [] });
      return;
    }
    send({ type: 'progress', stage: 'reading' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    send({ type: 'progress', stage: 'parsing' });
    const reading = readImportFile(file.name, bytes);
    if (reading.kind === 'zip') {
      send({ type: 'head', head: reading, pieces: 0, orders: [] }, [reading.bytes.buffer]);
      return;
    }
    if (reading.kind === 'problem') {
      send({ type: 'head', head: reading, pieces: 0, orders: [] });
      return;
    }
    send({ type: 'progress', stage: 'sending' });
    const { skeleton, pieces, orders } = carve(reading.doc);
    let head: ReadingHead = { ...reading, doc: skeleton as typeof reading.doc };
    if (head.kind === 'definition' && head.text.length > STORED_HERE) {
      const sourceId = `import:${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      if (await storeSource(sourceId, head.text)) head = { ...head, text: '', sourceId };
    }
    send({ type: 'head', head, pieces: pieces.length, orders });
    for (const piece of pieces) send({ type: 'piece', piece });
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
