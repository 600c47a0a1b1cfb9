import { describe, expect, it } from 'vitest';
import { decodePage } from '../../src/cli/load.js';

const padding = `<!-- ${'x'.repeat(2000)} -->`; // pushes the declaration past jsdom's 1024-byte sniff window

describe('decodePage', () => {
  it('reads a windows-1252 page that declares its charset late', () => {
    const head = Buffer.from(`<html><head>${padding}<meta charset="windows-1252"></head><body><p>caf`, 'latin1');
    const page = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' au lait</p></body></html>', 'latin1')]);
    expect(decodePage(page)).toContain('café au lait');
  });

  it('reads a Shift_JIS page by its declaration', () => {
    const sjis = Buffer.from([0x93, 0xfa, 0x96, 0x7b]); // 日本
    const page = Buffer.concat([Buffer.from(`<meta charset="shift_jis">${padding}<p>`), sjis, Buffer.from('</p>')]);
    expect(decodePage(page)).toContain('日本');
  });

  it('prefers valid UTF-8 over a stale legacy declaration (saved pages are re-encoded)', () => {
    const page = Buffer.from('<meta charset="gb2312"><p>转播到腾讯微博</p>', 'utf8');
    expect(decodePage(page)).toContain('转播到腾讯微博');
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes, and honours BOMs', () => {
    expect(decodePage(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x68, 0x69, 0x94]))).toBe('<p>“hi”');
    expect(decodePage(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]))).toBe('hé');
    expect(decodePage(Buffer.from([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]))).toBe('hé');
  });
});
