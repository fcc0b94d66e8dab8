// `pys -m module`: find a module's source on sys.path and run it as __main__.

import * as hostfs from '../host/fs';
import type { Interpreter } from './interp';
import { mainModule, runMain, compileMain, shutdown } from './program';
import { strValue } from '../objects/strutil';

/** `run` replaces runMain for `pys -i -m` (the prompt follows the module). */
export function runModuleAsMain(interp: Interpreter, name: string, exit: (code: number) => void, run = runMain): void {
  const dirs = [...interp.sysPath().map((x) => strValue(x) ?? ''), interp.stdlibDir];
  const rel = name.split('.').join('/');
  for (const d of dirs) {
    for (const cand of [`${rel}.py`, `${rel}.pys`, `${rel}/__main__.py`, `${rel}/__main__.pys`]) {
      const p = hostfs.pathJoin(d || '.', cand);
      if (!hostfs.isFile(p)) continue;
      const src = hostfs.readText(p)!;
      const argv = interp.sys.dict.getS('argv');
      if (argv && argv.items) argv.items[0] = hostfs.pathResolve(p);
      const code = compileMain(interp, src, p);
      if (typeof code === 'number') {
        shutdown(interp, code, exit);
        return;
      }
      const mod = mainModule(interp, p);
      run(interp, code, mod, exit);
      return;
    }
  }
  process.stderr.write(`${interp.opts.executable}: No module named ${name}\n`);
  exit(1);
}
