// Expression rules of the Python grammar.
// https://docs.python.org/3.11/reference/grammar.html
//
// Two deliberate departures from CPython's PEG grammar, for speed and to keep
// the grammar LL(2):
//  - Operators are flat: `disjunction` is `primary (op primary)*` with every
//    binary operator and prefix operators on each primary; to-ast.ts builds the
//    tree by precedence (or < and < not < comparisons < | < ^ < & < shifts <
//    + - < * / // % @ < unary + - ~ < **). Twelve precedence levels would cost
//    twelve rule calls per operand and twelve stack frames per nesting level.
//  - `test` accepts `:=` everywhere and `lambda` headers and `if`/`else` tails
//    as flat repetitions; to-ast.ts rejects the walrus where CPython does and
//    folds the rest (so no recursion grows with chain length).
// Grammar stays free of semantic actions: only rules, tokens and gates.
import { CstParser, type IOrAlt, type IParserConfig } from 'chevrotain';
import * as T from './tokens';

export class ExpressionParser extends CstParser {
  /** The alternatives of each OR, built once (`this.alt[i] ??= [...]`, one
   * index per call site across the grammar files): written inline, an OR
   * makes a fresh array of closures at each call, which was most of the
   * garbage the parser made (Chevrotain's recommended caching). */
  protected alt: any[] = [];

  constructor(config: IParserConfig) {
    super(T.allTokens, config);
  }

  /** The alternatives of a list item (`star_named_expression`): `*x` or an
   * expression. Items are labelled 'item' so that a list keeps its order
   * without a CST node per plain item; `idx` keeps subrule occurrences distinct. */
  protected itemAlts(idx: number): IOrAlt<any>[] {
    return (this.itemCache[idx] ??= [
      { ALT: () => this.subrule(idx, this.starred, { LABEL: 'item' }) },
      { ALT: () => this.subrule(idx, this.test, { LABEL: 'item' }) },
    ]);
  }
  private itemCache: IOrAlt<any>[][] = [];

  /** `star_expressions`: an expression or an unparenthesized tuple. */
  starExpressions = this.RULE('starExpressions', () => {
    this.OR(this.itemAlts(2));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.OR2(this.itemAlts(3));
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  /** `*x` in a list, tuple, set, subscript or assignment (x a bitwise-or expression). */
  starred = this.RULE('starred', () => {
    this.CONSUME(T.Star);
    this.SUBRULE(this.disjunction);
  });

  /** `expression` and `named_expression`:
   *  lambda-header* disjunction ('if' disjunction 'else' lambda-header* disjunction)* [':=' test].
   * The operator part is inlined (see `disjunction`) to save a rule call per operand. */
  test = this.RULE('test', () => {
    this.MANY(() => this.SUBRULE(this.lambdaHeader));
    this.SUBRULE(this.primary);
    this.MANY2(() => {
      this.OR(this.alt[0] ??= [
        { ALT: () => this.CONSUME(T.BinOp, { LABEL: 'op' }) },
        { ALT: () => { this.CONSUME(T.Not, { LABEL: 'op' }); this.CONSUME(T.In, { LABEL: 'op' }); } },
      ]);
      this.SUBRULE2(this.primary);
    });
    this.MANY3(() => this.SUBRULE(this.ternaryTail));
    this.OPTION(() => {
      this.CONSUME(T.ColonEqual);
      this.SUBRULE(this.test);
    });
  });

  /** `if disjunction else [lambda ...] disjunction` */
  ternaryTail = this.RULE('ternaryTail', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.disjunction);
    this.CONSUME(T.Else);
    this.MANY(() => this.SUBRULE(this.lambdaHeader));
    this.SUBRULE2(this.disjunction);
  });

  /** `lambda params:` — the body follows in the enclosing `test`. */
  lambdaHeader = this.RULE('lambdaHeader', () => {
    this.CONSUME(T.Lambda);
    this.OPTION(() => {
      this.SUBRULE(this.lambdaParam);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.lambdaParam);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.Colon);
  });

  lambdaParam = this.RULE('lambdaParam', () => {
    this.OR(this.alt[1] ??= [
      { ALT: () => this.CONSUME(T.Slash) },
      // defaults after * and ** only for CPython's error message
      {
        ALT: () => {
          this.CONSUME(T.Star);
          this.OPTION(() => {
            this.CONSUME(T.Name);
            this.OPTION3(() => { this.CONSUME(T.Equal); this.SUBRULE(this.test); });
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.DoubleStar);
          this.CONSUME2(T.Name);
          this.OPTION4(() => { this.CONSUME2(T.Equal); this.SUBRULE2(this.test); });
        },
      },
      {
        ALT: () => {
          this.CONSUME3(T.Name);
          this.OPTION2(() => { this.CONSUME3(T.Equal); this.SUBRULE3(this.test); });
        },
      },
    ]);
  });

  /** All binary and unary operators, flat: primary (op primary)*. */
  disjunction = this.RULE('disjunction', () => {
    this.SUBRULE(this.primary);
    this.MANY(() => {
      this.OR(this.alt[2] ??= [
        { ALT: () => this.CONSUME(T.BinOp, { LABEL: 'op' }) },
        { ALT: () => { this.CONSUME(T.Not, { LABEL: 'op' }); this.CONSUME(T.In, { LABEL: 'op' }); } },
      ]);
      this.SUBRULE2(this.primary);
    });
  });

  /** Prefix operators, `await`, an atom and its trailers (calls, subscripts, attributes). */
  primary = this.RULE('primary', () => {
    this.MANY(() => {
      this.OR(this.alt[3] ??= [
        { ALT: () => this.CONSUME(T.Minus, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Plus, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Tilde, { LABEL: 'prefix' }) },
        { ALT: () => this.CONSUME(T.Not, { LABEL: 'prefix' }) },
      ]);
    });
    this.OPTION(() => this.CONSUME(T.Await));
    this.OR2(this.alt[4] ??= [
      { ALT: () => this.CONSUME(T.Name) },
      { ALT: () => this.CONSUME(T.NumberTok) },
      { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(T.StringTok)) },
      { ALT: () => this.CONSUME(T.NoneKw) },
      { ALT: () => this.CONSUME(T.TrueKw) },
      { ALT: () => this.CONSUME(T.FalseKw) },
      { ALT: () => this.CONSUME(T.Ellipsis) },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.dictAtom) },
      { ALT: () => this.SUBRULE(this.reprAtom) },
    ]);
    // Trailers, in order under one label: call and subscript nodes, and the
    // '.' and name tokens of attributes (no node for the most common trailer).
    this.MANY2(() => {
      this.OR3(this.alt[5] ??= [
        { ALT: () => this.SUBRULE(this.call, { LABEL: 'trailer' }) },
        { ALT: () => this.SUBRULE(this.subscript, { LABEL: 'trailer' }) },
        { ALT: () => { this.CONSUME(T.Dot, { LABEL: 'trailer' }); this.CONSUME2(T.Name, { LABEL: 'trailer' }); } },
      ]);
    });
  });

  /** `( )`: tuple, parenthesized expression, generator expression, or `(yield)`. */
  parenAtom = this.RULE('parenAtom', () => {
    this.CONSUME(T.LPar);
    this.OPTION(() => {
      this.OR(this.alt[6] ??= [
        { ALT: () => this.SUBRULE(this.yieldExpr) },
        { ALT: () => this.listTail() },
      ]);
    });
    this.CONSUME(T.RPar);
  });

  /** `[ ]`: list display or list comprehension. */
  listAtom = this.RULE('listAtom', () => {
    this.CONSUME(T.LSqb);
    this.OPTION(() => this.listTail());
    this.CONSUME(T.RSqb);
  });

  /** The inside of ( ) and [ ]: items, or one item and comprehension clauses. */
  private listTail(): void {
    this.OR4(this.itemAlts(4));
    this.OR5(this.alt[7] ??= [
      { ALT: () => this.SUBRULE(this.compFor) },
      {
        ALT: () => {
          this.MANY(() => {
            this.CONSUME(T.Comma);
            this.OR6(this.itemAlts(5));
          });
          this.OPTION2(() => this.CONSUME2(T.Comma));
        },
      },
    ]);
  }

  /** `{ }`: dict or set display or comprehension. */
  dictAtom = this.RULE('dictAtom', () => {
    this.CONSUME(T.LBrace);
    this.OPTION(() => {
      this.SUBRULE(this.dictItem);
      this.OR(this.alt[8] ??= [
        { ALT: () => this.SUBRULE(this.compFor) },
        {
          ALT: () => {
            this.MANY(() => {
              this.CONSUME(T.Comma);
              this.SUBRULE2(this.dictItem);
            });
            this.OPTION2(() => this.CONSUME2(T.Comma));
          },
        },
      ]);
    });
    this.CONSUME(T.RBrace);
  });

  /** `key: value`, `**mapping`, `*iterable` or a set element. */
  dictItem = this.RULE('dictItem', () => {
    this.OR(this.alt[9] ??= [
      { ALT: () => { this.CONSUME(T.DoubleStar); this.SUBRULE(this.disjunction); } },
      { ALT: () => { this.CONSUME(T.Star); this.SUBRULE2(this.disjunction); } },
      {
        ALT: () => {
          this.SUBRULE(this.test, { LABEL: 'key' });
          this.OPTION(() => {
            this.CONSUME(T.Colon);
            this.SUBRULE2(this.test, { LABEL: 'value' });
          });
        },
      },
    ]);
  });

  /** py2: `` `expr` `` is repr(expr). */
  reprAtom = this.RULE('reprAtom', () => {
    this.CONSUME(T.Backquote);
    this.SUBRULE(this.starExpressions);
    this.CONSUME2(T.Backquote);
  });

  /** `(args)` after a primary. */
  call = this.RULE('call', () => {
    this.CONSUME(T.LPar);
    this.OPTION(() => this.SUBRULE(this.arglist));
    this.CONSUME(T.RPar);
  });

  /** `[slices]` after a primary. */
  subscript = this.RULE('subscript', () => {
    this.CONSUME(T.LSqb);
    this.SUBRULE(this.slice);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.slice);
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
    this.CONSUME(T.RSqb);
  });

  /** One subscript item: `x`, `*x`, `a:b:c` with any part omitted. */
  slice = this.RULE('slice', () => {
    this.OR(this.alt[10] ??= [
      { ALT: () => { this.CONSUME(T.Star); this.SUBRULE(this.disjunction); } },
      {
        ALT: () => {
          this.SUBRULE(this.test, { LABEL: 'lower' });
          this.OPTION(() => this.SUBRULE(this.sliceRest));
        },
      },
      { ALT: () => this.SUBRULE2(this.sliceRest) },
    ]);
  });

  /** `:[upper][:[step]]` */
  sliceRest = this.RULE('sliceRest', () => {
    this.CONSUME(T.Colon);
    this.OPTION(() => this.SUBRULE(this.test, { LABEL: 'upper' }));
    this.OPTION2(() => {
      this.CONSUME2(T.Colon);
      this.OPTION3(() => this.SUBRULE2(this.test, { LABEL: 'step' }));
    });
  });

  arglist = this.RULE('arglist', () => {
    this.SUBRULE(this.argument);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.argument);
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  /** `*a`, `**k`, `x`, `name=x`, or `x for ...` (a generator argument).
   * `name=` is parsed as an expression followed by '=' so that `f(a.b=1)`
   * gets CPython's message rather than a bare "invalid syntax". */
  argument = this.RULE('argument', () => {
    this.OR(this.alt[11] ??= [
      { ALT: () => { this.CONSUME(T.Star); this.SUBRULE(this.test); } },
      { ALT: () => { this.CONSUME(T.DoubleStar); this.SUBRULE2(this.test); } },
      {
        ALT: () => {
          this.SUBRULE3(this.test);
          this.OPTION(() => {
            this.OR2(this.alt[12] ??= [
              { ALT: () => { this.CONSUME(T.Equal); this.SUBRULE4(this.test, { LABEL: 'value' }); } },
              { ALT: () => this.SUBRULE(this.compFor) },
            ]);
          });
        },
      },
    ]);
  });

  /** The `for ... in ... if ...` clauses of a comprehension. */
  compFor = this.RULE('compFor', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.compClause));
  });

  compClause = this.RULE('compClause', () => {
    this.OPTION(() => this.CONSUME(T.Async));
    this.CONSUME(T.For);
    this.SUBRULE(this.targetList);
    this.CONSUME(T.In);
    this.SUBRULE(this.disjunction, { LABEL: 'iter' });
    this.MANY(() => {
      this.CONSUME(T.If);
      this.SUBRULE2(this.disjunction, { LABEL: 'cond' });
    });
  });

  /** Assignment targets of `for`, comprehensions and `del`: primaries,
   * optionally starred; to-ast.ts checks they can be assigned to. */
  targetList = this.RULE('targetList', () => {
    this.SUBRULE(this.target);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.target);
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  target = this.RULE('target', () => {
    this.OPTION(() => this.CONSUME(T.Star));
    this.SUBRULE(this.primary);
  });

  yieldExpr = this.RULE('yieldExpr', () => {
    this.CONSUME(T.Yield);
    this.OPTION(() => {
      this.OR(this.alt[13] ??= [
        { ALT: () => { this.CONSUME(T.From); this.SUBRULE(this.test); } },
        { ALT: () => this.SUBRULE(this.starExpressions) },
      ]);
    });
  });
}
