// The parser (the grammar and chevrotain) is loaded on first use: a run
// whose code all comes from the compile cache never parses, and loading it
// at start-up cost ~3 ms (chevrotain's token and mixin set-up) plus a
// larger V8 code cache to read.

import type * as G from '../../grammar/index';

let g: typeof G | null = null;

export function grammar(): typeof G {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return (g ??= require('../../grammar/index') as typeof G);
}
