import { describe, expect, it } from 'vitest';
import { classifyImport, MAX_IMPORT_BYTES } from './classify-import';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('classifyImport', () => {
  it('reads UTF-8 text as JSON text to parse, without its byte-order mark', () => {
    expect(classifyImport('api.json', utf8('{"name":"Zürich"}'))).toEqual({
      kind: 'json',
      text: '{"name":"Zürich"}',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]);
    expect(classifyImport('api.json', withBom)).toEqual({ kind: 'json', text: '{}' });
  });

  it('reads UTF-16 text that carries its byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(classifyImport('api.json', le)).toEqual({ kind: 'json', text: '{}' });
  });

  it('spots a zip by its first bytes, whatever the file is called', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(classifyImport('bundle.zip', zip)).toEqual({ kind: 'zip' });
    expect(classifyImport('renamed.json', zip)).toEqual({ kind: 'zip' });
  });

  it('calls a file binary when it is not text, or is named .zip without being one', () => {
    expect(
      classifyImport('logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ).toEqual({ kind: 'binary' });
    // JSON text up to a byte that is not UTF-8 is text in another encoding, and is told so.
    expect(classifyImport('bad.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({ kind: 'not-utf8' });
    expect(classifyImport('nul.json', utf8('{"a":\u0000}'))).toEqual({ kind: 'binary' });
    expect(classifyImport('broken.zip', utf8('{}'))).toEqual({ kind: 'binary' });
  });

  it('refuses more than 50 MB before decoding', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    expect(classifyImport('huge.json', big)).toEqual({ kind: 'too-large', size: MAX_IMPORT_BYTES + 1 });
    expect(MAX_IMPORT_BYTES).toBe(52_428_800);
    expect(classifyImport('edge.json', new Uint8Array(MAX_IMPORT_BYTES).fill(0x20)).kind).toBe('json');
  });

  it('passes empty and non-JSON text on to the parser, which explains the problem', () => {
    expect(classifyImport('empty.json', new Uint8Array())).toEqual({ kind: 'json', text: '' });
    expect(classifyImport('notes.txt', utf8('hello'))).toEqual({ kind: 'json', text: 'hello' });
  });
});
