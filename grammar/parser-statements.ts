// Statement rules, and the parser class itself.
// https://docs.python.org/3.11/reference/grammar.html
//
// Soft keywords and the py2 statements are decided by gates that look ahead
// in the token stream (CPython's PEG parser backtracks instead):
//  - `match` starts a match statement when its logical line ends with ':';
//  - `print`/`exec` start py2 statements unless followed by '(' or by
//    something that cannot start an expression (`print = 3`, `print.x`);
//  - `with (` starts parenthesized with-items when the ')' is followed by ':'.
import { tokenMatcher, type IParserConfig, type IToken, type OrMethodOpts } from 'chevrotain';
import { PatternParser } from './parser-patterns';
import * as T from './tokens';

type IOrOpts = OrMethodOpts<any>;
const STMT = { LABEL: 'stmt' };

/** Tokens after `print` that make it the py2 print statement. */
const PRINT_FOLLOW = [
  T.Newline, T.Semi, T.RShift, T.Name, T.StringTok, T.NumberTok, T.Minus, T.Plus, T.Tilde,
  T.LSqb, T.LBrace, T.Backquote, T.Not, T.Lambda, T.NoneKw, T.TrueKw, T.FalseKw, T.ErrorToken,
];
/** Tokens after `exec` that make it the py2 exec statement. */
const EXEC_FOLLOW = [T.Name, T.StringTok, T.Backquote, T.LSqb, T.LBrace];

function startsStatementForm(t: IToken, follow: readonly import('chevrotain').TokenType[]): boolean {
  for (const f of follow) if (tokenMatcher(t, f)) return true;
  return t.tokenType.name === 'EOF';
}

export class PythonParser extends PatternParser {
  constructor(config: IParserConfig) {
    super(config);
    this.performSelfAnalysis();
  }

  // ---- gates ----------------------------------------------------------------

  /** `match` at LA(1): is this a match statement? Its logical line must end
   * with ':' (at bracket depth 0) and there must be a subject. */
  private isMatchStmt(): boolean {
    const t2 = this.LA(2).tokenType;
    if (t2 === T.Colon || t2 === T.Equal || t2 === T.Newline || t2 === T.Dot || tokenMatcher(this.LA(2), T.AugAssign)) return false;
    let depth = 0;
    let last: IToken | undefined;
    for (let i = 2; ; i++) {
      const t = this.LA(i);
      const tt = t.tokenType;
      if (tt === T.Newline || tt.name === 'EOF' || tt === T.ErrorToken) break;
      if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
      else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) depth--;
      if (depth === 0) last = t;
    }
    return last !== undefined && last.tokenType === T.Colon;
  }

  private isPrintStmt(): boolean {
    return startsStatementForm(this.LA(2), PRINT_FOLLOW);
  }

  private isExecStmt(): boolean {
    return this.LA(2).tokenType.name !== 'EOF' && startsStatementForm(this.LA(2), EXEC_FOLLOW);
  }

  /** `with (` ... `)` `:` — the parenthesized form of with-items (3.9+). */
  private isParenWith(): boolean {
    if (this.LA(1).tokenType !== T.LPar || this.LA(2).tokenType === T.Yield) return false;
    let depth = 0;
    for (let i = 1; ; i++) {
      const t = this.LA(i);
      const tt = t.tokenType;
      if (tt === T.Newline || tt.name === 'EOF' || tt === T.ErrorToken) return false;
      if (tt === T.LPar || tt === T.LSqb || tt === T.LBrace) depth++;
      else if (tt === T.RPar || tt === T.RSqb || tt === T.RBrace) {
        if (--depth === 0) return this.LA(i + 1).tokenType === T.Colon;
      } else if (depth === 1 && (tt === T.For || tt === T.Async)) return false; // a generator
    }
  }

  // ---- top level --------------------------------------------------------------

  fileInput = this.RULE('fileInput', () => {
    this.MANY(() => this.OR(this.stmtAlts(2)));
  });

  /** `eval` mode: expressions, then only line ends. */
  evalInput = this.RULE('evalInput', () => {
    this.SUBRULE(this.starExpressions);
    this.MANY2(() => this.CONSUME(T.Newline));
  });

  /** A statement: the alternatives are inlined where statements are listed,
   * labelled 'stmt' (a statement costs no extra CST node). */
  private stmtAlts(i: number): IOrOpts {
    return (this.stmtCache[i] ??= {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.isMatchStmt(), ALT: () => this.subrule(i, this.matchStmt, STMT) },
        { ALT: () => this.subrule(i, this.ifStmt, STMT) },
        { ALT: () => this.subrule(i, this.whileStmt, STMT) },
        { ALT: () => this.subrule(i, this.forStmt, STMT) },
        { ALT: () => this.subrule(i, this.tryStmt, STMT) },
        { ALT: () => this.subrule(i, this.withStmt, STMT) },
        { ALT: () => this.subrule(i, this.funcDef, STMT) },
        { ALT: () => this.subrule(i, this.classDef, STMT) },
        { ALT: () => this.subrule(i, this.decorated, STMT) },
        { ALT: () => this.subrule(i, this.asyncStmt, STMT) },
        { ALT: () => this.subrule(i, this.simpleStmts, STMT) },
      ],
    });
  }
  private stmtCache: IOrOpts[] = [];

  /** Simple statements separated by ';' on one line. The first is inlined
   * (labelled 'stmt'); the rare ones after a ';' are simpleStmt nodes. */
  simpleStmts = this.RULE('simpleStmts', () => {
    this.OR(this.simpleAlts(2));
    this.MANY(() => {
      this.CONSUME(T.Semi);
      this.SUBRULE(this.simpleStmt, STMT);
    });
    this.OPTION(() => this.CONSUME2(T.Semi));
    this.CONSUME(T.Newline);
  });

  simpleStmt = this.RULE('simpleStmt', () => {
    this.OR(this.simpleAlts(2));
  });

  private simpleAlts(i: number): IOrOpts {
    return (this.simpleCache[i] ??= {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: () => this.isPrintStmt(), ALT: () => this.subrule(i, this.printStmt, STMT) },
        { GATE: () => this.isExecStmt(), ALT: () => this.subrule(i, this.execStmt, STMT) },
        { ALT: () => this.subrule(i, this.exprStmt, STMT) },
        { ALT: () => this.subrule(i, this.delStmt, STMT) },
        { ALT: () => this.consume(i, T.Pass, STMT) },
        { ALT: () => this.consume(i, T.Break, STMT) },
        { ALT: () => this.consume(i, T.Continue, STMT) },
        { ALT: () => this.subrule(i, this.returnStmt, STMT) },
        { ALT: () => this.subrule(i, this.raiseStmt, STMT) },
        { ALT: () => this.subrule(i, this.globalStmt, STMT) },
        { ALT: () => this.subrule(i, this.importName, STMT) },
        { ALT: () => this.subrule(i, this.importFrom, STMT) },
        { ALT: () => this.subrule(i, this.assertStmt, STMT) },
      ],
    });
  }
  private simpleCache: IOrOpts[] = [];

  // ---- simple statements ------------------------------------------------------

  /** Expression statement and all assignments: targets are parsed as
   * expressions and checked by to-ast.ts (CPython's invalid_assignment). */
  exprStmt = this.RULE('exprStmt', () => {
    this.OR(this.alt[21] ??= [
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
    this.OPTION(() => {
      this.OR2(this.alt[22] ??= [
        {
          ALT: () => {
            this.CONSUME(T.Colon);
            this.SUBRULE(this.test, { LABEL: 'annotation' });
            this.OPTION2(() => {
              this.CONSUME(T.Equal);
              this.SUBRULE(this.rhs);
            });
          },
        },
        { ALT: () => { this.CONSUME(T.AugAssign); this.SUBRULE2(this.rhs); } },
        {
          ALT: () => {
            this.AT_LEAST_ONE(() => {
              this.CONSUME2(T.Equal);
              this.SUBRULE3(this.rhs);
            });
          },
        },
      ]);
    });
  });

  rhs = this.RULE('rhs', () => {
    this.OR(this.alt[23] ??= [
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
  });

  /** py2: `print`, `print x, y,`, `print >>f, x`. */
  printStmt = this.RULE('printStmt', () => {
    this.CONSUME(T.Print);
    this.OPTION(() => {
      this.OR(this.alt[24] ??= [
        { ALT: () => { this.CONSUME(T.RShift); this.SUBRULE(this.test, { LABEL: 'dest' }); } },
        { ALT: () => this.SUBRULE2(this.test) },
      ]);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE3(this.test);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
  });

  /** py2: `exec code [in globals [, locals]]` (the `in` is parsed as a comparison). */
  execStmt = this.RULE('execStmt', () => {
    this.CONSUME(T.Exec);
    this.SUBRULE(this.disjunction);
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE(this.test);
    });
  });

  /** `del` targets are parsed as expressions so that bad ones get CPython's
   * "cannot delete ..." from to-ast.ts. */
  delStmt = this.RULE('delStmt', () => {
    this.CONSUME(T.Del);
    this.SUBRULE(this.starExpressions);
  });

  returnStmt = this.RULE('returnStmt', () => {
    this.CONSUME(T.Return);
    this.OPTION(() => this.SUBRULE(this.starExpressions));
  });

  /** `raise [exc [from cause]]`, and py2 `raise E, V[, tb]`. */
  raiseStmt = this.RULE('raiseStmt', () => {
    this.CONSUME(T.Raise);
    this.OPTION(() => {
      this.SUBRULE(this.test);
      this.OPTION2(() => {
        this.OR(this.alt[25] ??= [
          { ALT: () => { this.CONSUME(T.From); this.SUBRULE2(this.test, { LABEL: 'cause' }); } },
          {
            ALT: () => {
              this.CONSUME(T.Comma);
              this.SUBRULE3(this.test, { LABEL: 'value' });
              this.OPTION3(() => {
                this.CONSUME2(T.Comma);
                this.SUBRULE4(this.test, { LABEL: 'traceback' });
              });
            },
          },
        ]);
      });
    });
  });

  /** `global a, b` and `nonlocal a, b`. */
  globalStmt = this.RULE('globalStmt', () => {
    this.OR(this.alt[26] ??= [
      { ALT: () => this.CONSUME(T.Global) },
      { ALT: () => this.CONSUME(T.Nonlocal) },
    ]);
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.CONSUME2(T.Name);
    });
  });

  importName = this.RULE('importName', () => {
    this.CONSUME(T.Import);
    this.SUBRULE(this.dottedAsName);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.dottedAsName);
    });
  });

  dottedAsName = this.RULE('dottedAsName', () => {
    this.SUBRULE(this.dottedName);
    this.OPTION(() => {
      this.CONSUME(T.As);
      this.CONSUME(T.Name, { LABEL: 'asname' });
    });
  });

  dottedName = this.RULE('dottedName', () => {
    this.CONSUME(T.Name);
    this.MANY(() => {
      this.CONSUME(T.Dot);
      this.CONSUME2(T.Name);
    });
  });

  importFrom = this.RULE('importFrom', () => {
    this.CONSUME(T.From);
    this.MANY(() => {
      this.OR(this.alt[27] ??= [
        { ALT: () => this.CONSUME(T.Dot, { LABEL: 'dots' }) },
        { ALT: () => this.CONSUME(T.Ellipsis, { LABEL: 'dots' }) },
      ]);
    });
    this.OPTION(() => this.SUBRULE(this.dottedName));
    this.CONSUME(T.Import);
    this.OR2(this.alt[28] ??= [
      { ALT: () => this.CONSUME(T.Star) },
      {
        ALT: () => {
          this.CONSUME(T.LPar);
          this.SUBRULE(this.importAsNames);
          this.CONSUME(T.RPar);
        },
      },
      { ALT: () => this.SUBRULE2(this.importAsNames) },
    ]);
  });

  importAsNames = this.RULE('importAsNames', () => {
    this.SUBRULE(this.importAsName);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.importAsName);
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  importAsName = this.RULE('importAsName', () => {
    this.CONSUME(T.Name);
    this.OPTION(() => {
      this.CONSUME(T.As);
      this.CONSUME2(T.Name, { LABEL: 'asname' });
    });
  });

  assertStmt = this.RULE('assertStmt', () => {
    this.CONSUME(T.Assert);
    this.SUBRULE(this.test);
    this.OPTION(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.test, { LABEL: 'msg' });
    });
  });

  // ---- compound statements ------------------------------------------------------

  /** The body after ':': an indented block or simple statements on the same line. */
  block = this.RULE('block', () => {
    this.OR(this.alt[29] ??= [
      {
        ALT: () => {
          this.CONSUME(T.Newline);
          this.CONSUME(T.INDENT);
          this.AT_LEAST_ONE(() => this.OR2(this.stmtAlts(3)));
          this.CONSUME(T.DEDENT);
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmts, STMT) },
    ]);
  });

  ifStmt = this.RULE('ifStmt', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.test);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
    this.MANY(() => this.SUBRULE(this.elifClause));
    this.OPTION(() => this.SUBRULE(this.elseClause));
  });

  elifClause = this.RULE('elifClause', () => {
    this.CONSUME(T.Elif);
    this.SUBRULE(this.test);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });

  elseClause = this.RULE('elseClause', () => {
    this.CONSUME(T.Else);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });

  whileStmt = this.RULE('whileStmt', () => {
    this.CONSUME(T.While);
    this.SUBRULE(this.test);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.elseClause));
  });

  forStmt = this.RULE('forStmt', () => {
    this.CONSUME(T.For);
    this.SUBRULE(this.targetList);
    this.CONSUME(T.In);
    this.SUBRULE(this.starExpressions);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.elseClause));
  });

  tryStmt = this.RULE('tryStmt', () => {
    this.CONSUME(T.Try);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
    this.OR(this.alt[30] ??= [
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.SUBRULE(this.exceptClause));
          this.OPTION(() => this.SUBRULE(this.elseClause));
          this.OPTION2(() => this.SUBRULE(this.finallyClause));
        },
      },
      { ALT: () => this.SUBRULE2(this.finallyClause) },
    ]);
  });

  /** `except [*] [E [as name]]:`, and py2 `except E, name:`. */
  exceptClause = this.RULE('exceptClause', () => {
    this.CONSUME(T.Except);
    this.OPTION(() => this.CONSUME(T.Star));
    this.OPTION2(() => {
      this.SUBRULE(this.test);
      this.OPTION3(() => {
        this.OR(this.alt[31] ??= [
          { ALT: () => this.CONSUME(T.As) },
          { ALT: () => this.CONSUME(T.Comma) },
        ]);
        this.CONSUME(T.Name);
      });
    });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });

  finallyClause = this.RULE('finallyClause', () => {
    this.CONSUME(T.Finally);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });

  withStmt = this.RULE('withStmt', () => {
    this.CONSUME(T.With);
    this.OR(this.alt[32] ??= {
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => this.isParenWith(),
          ALT: () => {
            this.CONSUME(T.LPar);
            this.SUBRULE(this.withItem);
            this.MANY(() => {
              this.CONSUME(T.Comma);
              this.SUBRULE2(this.withItem);
            });
            this.OPTION(() => this.CONSUME2(T.Comma));
            this.CONSUME(T.RPar);
          },
        },
        {
          ALT: () => {
            this.SUBRULE3(this.withItem);
            this.MANY2(() => {
              this.CONSUME3(T.Comma);
              this.SUBRULE4(this.withItem);
            });
          },
        },
      ],
    });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });

  withItem = this.RULE('withItem', () => {
    this.SUBRULE(this.test);
    this.OPTION(() => {
      this.CONSUME(T.As);
      this.SUBRULE(this.target);
    });
  });

  funcDef = this.RULE('funcDef', () => {
    this.CONSUME(T.Def);
    this.CONSUME(T.Name);
    this.CONSUME(T.LPar);
    this.OPTION(() => {
      this.SUBRULE(this.param);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.param);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RPar);
    this.OPTION3(() => {
      this.CONSUME(T.Arrow);
      this.SUBRULE(this.test, { LABEL: 'returns' });
    });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });

  /** `/`, `*[args[: ann]]`, `**kwargs[: ann]`, `name[: ann][= default]`. */
  param = this.RULE('param', () => {
    this.OR(this.alt[33] ??= [
      { ALT: () => this.CONSUME(T.Slash) },
      {
        // A default is accepted after *args and **kwargs only to be reported
        // with CPython's message ("var-positional argument cannot have ...").
        ALT: () => {
          this.CONSUME(T.Star);
          this.OPTION(() => {
            this.CONSUME(T.Name);
            this.OPTION2(() => {
              // *args: *Ts (PEP 646): the annotation may be starred
              this.CONSUME(T.Colon);
              this.OR2(this.itemAlts(6));
            });
            this.OPTION6(() => {
              this.CONSUME(T.Equal);
              this.SUBRULE(this.test, { LABEL: 'default' });
            });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.DoubleStar);
          this.CONSUME2(T.Name);
          this.OPTION3(() => {
            this.CONSUME2(T.Colon);
            this.SUBRULE2(this.test, { LABEL: 'annotation' });
          });
          this.OPTION7(() => {
            this.CONSUME2(T.Equal);
            this.SUBRULE3(this.test, { LABEL: 'default' });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME3(T.Name);
          this.OPTION4(() => {
            this.CONSUME3(T.Colon);
            this.SUBRULE4(this.test, { LABEL: 'annotation' });
          });
          this.OPTION5(() => {
            this.CONSUME3(T.Equal);
            this.SUBRULE5(this.test, { LABEL: 'default' });
          });
        },
      },
    ]);
  });

  classDef = this.RULE('classDef', () => {
    this.CONSUME(T.Class);
    this.CONSUME(T.Name);
    this.OPTION(() => {
      this.CONSUME(T.LPar);
      this.OPTION2(() => this.SUBRULE(this.arglist));
      this.CONSUME(T.RPar);
    });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });

  decorated = this.RULE('decorated', () => {
    this.AT_LEAST_ONE(() => {
      this.CONSUME(T.At);
      this.SUBRULE(this.test);
      this.CONSUME(T.Newline);
    });
    this.OR(this.alt[34] ??= [
      { ALT: () => this.SUBRULE(this.classDef) },
      { ALT: () => this.SUBRULE(this.funcDef) },
      { ALT: () => { this.CONSUME(T.Async); this.SUBRULE2(this.funcDef); } },
    ]);
  });

  asyncStmt = this.RULE('asyncStmt', () => {
    this.CONSUME(T.Async);
    this.OR(this.alt[35] ??= [
      { ALT: () => this.SUBRULE(this.funcDef) },
      { ALT: () => this.SUBRULE(this.withStmt) },
      { ALT: () => this.SUBRULE(this.forStmt) },
    ]);
  });

  matchStmt = this.RULE('matchStmt', () => {
    this.CONSUME(T.Match);
    this.SUBRULE(this.starExpressions);
    this.CONSUME(T.Colon);
    this.CONSUME(T.Newline);
    this.CONSUME(T.INDENT);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.caseBlock));
    this.CONSUME(T.DEDENT);
  });

  caseBlock = this.RULE('caseBlock', () => {
    this.CONSUME(T.Case);
    this.SUBRULE(this.patterns);
    this.OPTION(() => {
      this.CONSUME(T.If);
      this.SUBRULE(this.test, { LABEL: 'guard' });
    });
    this.CONSUME(T.Colon);
    this.SUBRULE(this.block);
  });
}
