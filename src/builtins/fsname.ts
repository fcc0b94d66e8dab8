// File names between Python and the OS: str names are UTF-8, and bytes that
// are not UTF-8 travel as lone surrogates (PEP 383 'surrogateescape'), as
// os.fsencode/os.fsdecode define it.
// https://docs.python.org/3.11/library/os.html#file-names-command-line-arguments-and-environment-variables

import { encode, decode } from '../objects/codecs';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// the common name has no surrogate at all, which a plain class finds
// several times faster than the lookaround above
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** A file name from the OS as str: UTF-8, undecodable bytes kept by surrogateescape. */
export function fsDecode(b: Uint8Array): string {
  try {
    return utf8.decode(b);
  } catch {
    return decode(b, 'utf-8', 'surrogateescape');
  }
}

/** A str file name as the OS takes it: a name holding escaped bytes goes as bytes. */
export function fsHost(s: string): string | Buffer {
  return ANY_SURROGATE.test(s) && LONE_SURROGATE.test(s) ? Buffer.from(encode(s, 'utf-8', 'surrogateescape')) : s;
}
