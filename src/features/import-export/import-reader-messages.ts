import type { ImportReading } from '../../domain/import';
import type { Carved, Piece } from '../../domain/transfer/carve';

/** What the reader has got to, for the progress line. */
export type ReadStage = 'reading' | 'parsing' | 'sending' | 'assembling';

/** The reading, with a definition's large containers still empty: their entries follow as pieces. */
export type ReadingHead = ImportReading;

export type ReaderMessage =
  | { type: 'progress'; stage: ReadStage }
  | { type: 'head'; head: ReadingHead; pieces: number; orders: Carved['orders'] }
  | { type: 'piece'; piece: Piece }
  | { type: 'failed'; message: string };

export interface ReadProgress {
  stage: ReadStage;
  /** 0 to 1 while the document's pieces come in. */
  fraction?: number;
}
