// The AST produced by the parser. Node kinds and field names mirror CPython
// 3.11's `ast` module (https://docs.python.org/3.11/library/ast.html), so that
// `ast.dump` of CPython is a readable specification of what we produce and can
// be compared in tests. Extensions for the Python 2 dialect are marked "py2".
//
// Positions: `lineno`/`end_lineno` are 1-based; `col_offset`/`end_col_offset`
// are 0-based counts of UTF-16 code units in the line (CPython counts UTF-8
// bytes; the two agree on ASCII source).

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A Python constant as it appears in source. Ints are kept exact as bigint. */
export type ConstValue =
  | { kind: 'None' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'Ellipsis' };

// ---- modules -------------------------------------------------------------

export interface Module {
  type: 'Module';
  body: Stmt[];
  /** True when the source uses Python 2-only syntax (print statement,
   * backquotes, `except E, e`, `raise E, V`, `<>`, `0777`, exec statement):
   * the compiler then gives `/` Python 2 integer semantics. */
  py2: boolean;
}
/** `eval` mode: a single expression. */
export interface Expression {
  type: 'Expression';
  body: Expr;
}
/** `single` mode (the REPL): like Module, but expression statements echo. */
export interface Interactive {
  type: 'Interactive';
  body: Stmt[];
  py2: boolean;
}
export type Mod = Module | Expression | Interactive;

// ---- statements ----------------------------------------------------------

export interface Arg extends Pos {
  type: 'arg';
  arg: string;
  annotation: Expr | null;
}
export interface Arguments {
  type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where the argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last len(defaults) of posonlyargs+args. */
  defaults: Expr[];
}
export interface Keyword extends Pos {
  type: 'keyword';
  /** null for `**expr`. */
  arg: string | null;
  value: Expr;
}
export interface Alias extends Pos {
  type: 'alias';
  /** Dotted name, e.g. 'os.path'; '*' for `from m import *`. */
  name: string;
  asname: string | null;
}
export interface WithItem {
  type: 'withitem';
  context_expr: Expr;
  optional_vars: Expr | null;
}
export interface ExceptHandler extends Pos {
  type: 'ExceptHandler';
  /** null for a bare `except:`. */
  exc_type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface MatchCase {
  type: 'match_case';
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
}

export interface FunctionDef extends Pos {
  type: 'FunctionDef' | 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
}
export interface ClassDef extends Pos {
  type: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}
export interface Return extends Pos { type: 'Return'; value: Expr | null }
export interface Delete extends Pos { type: 'Delete'; targets: Expr[] }
export interface Assign extends Pos {
  type: 'Assign';
  /** `a = b = 1` has two targets. Targets have ctx 'Store'. */
  targets: Expr[];
  value: Expr;
}
export interface AugAssign extends Pos { type: 'AugAssign'; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Pos {
  type: 'AnnAssign';
  target: Expr;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a plain name not in parentheses. */
  simple: number;
}
export interface For extends Pos {
  type: 'For' | 'AsyncFor';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
}
export interface While extends Pos { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { type: 'With' | 'AsyncWith'; items: WithItem[]; body: Stmt[] }
export interface Match extends Pos { type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Pos {
  type: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}
export interface Try extends Pos {
  type: 'Try' | 'TryStar';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Pos { type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { type: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos {
  type: 'ImportFrom';
  /** null for `from . import x`. */
  module: string | null;
  names: Alias[];
  /** Number of leading dots. */
  level: number;
}
export interface Global extends Pos { type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { type: 'Expr'; value: Expr }
export interface Pass extends Pos { type: 'Pass' }
export interface Break extends Pos { type: 'Break' }
export interface Continue extends Pos { type: 'Continue' }
/** py2: `print x, y`, `print >>f, x`, `print x,` (nl false), bare `print`. */
export interface Print extends Pos {
  type: 'Print';
  dest: Expr | null;
  values: Expr[];
  nl: boolean;
}
/** py2: `exec code`, `exec code in g`, `exec code in g, l`. */
export interface Exec extends Pos {
  type: 'Exec';
  body: Expr;
  globals: Expr | null;
  locals: Expr | null;
}

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Match | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue | Print | Exec;

// ---- expressions ---------------------------------------------------------

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift'
  | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface Comprehension {
  type: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: number;
}

export interface BoolOp extends Pos { type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Pos { type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { type: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Pos { type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
export interface Dict extends Pos {
  type: 'Dict';
  /** null key: `**value` unpacking. */
  keys: (Expr | null)[];
  values: Expr[];
}
export interface SetExpr extends Pos { type: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { type: 'ListComp' | 'SetComp' | 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface Await extends Pos { type: 'Await'; value: Expr }
export interface Yield extends Pos { type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { type: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { type: 'Compare'; left: Expr; ops: CmpOp[]; comparators: Expr[] }
export interface Call extends Pos {
  type: 'Call';
  func: Expr;
  /** May contain Starred for `*args`. */
  args: Expr[];
  keywords: Keyword[];
}
export interface FormattedValue extends Pos {
  type: 'FormattedValue';
  value: Expr;
  /** -1 none, 115 's', 114 'r', 97 'a' (as CPython). */
  conversion: number;
  format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { type: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Pos {
  type: 'Constant';
  value: ConstValue;
  /** 'u' for u-prefixed strings, else null. */
  kind: string | null;
}
export interface Attribute extends Pos { type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
/** py2: backquotes `x` meaning repr(x). */
export interface Repr extends Pos { type: 'Repr'; value: Expr }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | DictComp | Await | Yield | YieldFrom | Compare | Call
  | FormattedValue | JoinedStr | Constant | Attribute | Subscript | Starred
  | Name | List | Tuple | Slice | Repr;

// ---- match patterns ------------------------------------------------------

export interface MatchValue extends Pos { type: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Pos { type: 'MatchSingleton'; value: ConstValue }
export interface MatchSequence extends Pos { type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Pos {
  type: 'MatchMapping';
  keys: Expr[];
  patterns: Pattern[];
  rest: string | null;
}
export interface MatchClass extends Pos {
  type: 'MatchClass';
  cls: Expr;
  patterns: Pattern[];
  kwd_attrs: string[];
  kwd_patterns: Pattern[];
}
export interface MatchStar extends Pos { type: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass
  | MatchStar | MatchAs | MatchOr;

export type Node = Mod | Stmt | Expr | Pattern | Arg | Arguments | Keyword | Alias
  | WithItem | ExceptHandler | MatchCase | Comprehension;

// ---- errors --------------------------------------------------------------

/** What the parser throws for bad source; src/ turns it into a Python
 * SyntaxError (or the subclass named by `kind`). Fields mirror SyntaxError's
 * attributes: `offset`/`end_offset` are 1-based columns, as in CPython. */
export class ParseError extends Error {
  /** True when the only problem is that the source ended too early (an
   * unclosed bracket or triple-quoted string, a block header without its
   * body, a trailing backslash): the REPL then asks for more lines. */
  incomplete = false;

  constructor(
    public kind: 'SyntaxError' | 'IndentationError' | 'TabError',
    public msg: string,
    public filename: string,
    public lineno: number,
    public offset: number,
    public text: string | null,
    public end_lineno: number = lineno,
    public end_offset: number = offset,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}
