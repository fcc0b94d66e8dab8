// Errors found while compiling (scope and context errors that the parser
// cannot see), turned into SyntaxError by the compile driver.

import type * as A from '../../grammar/ast';

export class CompileError extends Error {
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
  constructor(public msg: string, node: A.Pos | A.Node | null, lineno?: number) {
    super(msg);
    const p = node as A.Pos | null;
    this.lineno = p && 'lineno' in p ? p.lineno : lineno ?? 1;
    this.col = p && 'col_offset' in p ? p.col_offset : 0;
    this.endLineno = p && 'end_lineno' in p ? p.end_lineno : this.lineno;
    this.endCol = p && 'end_col_offset' in p ? p.end_col_offset : this.col;
  }
}
