// Patterns of the `match` statement (PEP 634).
// https://docs.python.org/3.11/reference/compound_stmts.html#patterns
// Capture, wildcard, value and class patterns share one alternative
// (`name.attr...(args)`); to-ast.ts tells them apart, as it does groups and
// sequences in parentheses.
import type { IParserConfig } from 'chevrotain';
import { ExpressionParser } from './parser-expressions';
import * as T from './tokens';

export class PatternParser extends ExpressionParser {
  constructor(config: IParserConfig) {
    super(config);
  }

  /** The patterns of a `case`: one pattern, or an open sequence `a, *b`. */
  patterns = this.RULE('patterns', () => {
    this.SUBRULE(this.maybeStarPattern);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.maybeStarPattern);
    });
    this.OPTION(() => this.CONSUME2(T.Comma));
  });

  maybeStarPattern = this.RULE('maybeStarPattern', () => {
    this.OR(this.alt[14] ??= [
      { ALT: () => { this.CONSUME(T.Star); this.CONSUME(T.Name); } },
      { ALT: () => this.SUBRULE(this.pattern) },
    ]);
  });

  /** `or_pattern ['as' NAME]` */
  pattern = this.RULE('pattern', () => {
    this.SUBRULE(this.closedPattern);
    this.MANY(() => {
      this.CONSUME(T.VBar);
      this.SUBRULE2(this.closedPattern);
    });
    this.OPTION(() => {
      this.CONSUME(T.As);
      this.CONSUME(T.Name);
    });
  });

  closedPattern = this.RULE('closedPattern', () => {
    this.OR(this.alt[15] ??= [
      { ALT: () => this.SUBRULE(this.literalPattern) },
      {
        ALT: () => {
          this.CONSUME(T.Name);
          this.MANY(() => {
            this.CONSUME(T.Dot);
            this.CONSUME2(T.Name);
          });
          this.OPTION(() => {
            this.CONSUME(T.LPar);
            this.OPTION2(() => {
              this.SUBRULE(this.classArg);
              this.MANY2(() => {
                this.CONSUME(T.Comma);
                this.SUBRULE2(this.classArg);
              });
              this.OPTION3(() => this.CONSUME2(T.Comma));
            });
            this.CONSUME(T.RPar);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.LPar);
          this.OPTION4(() => this.SUBRULE(this.patterns));
          this.CONSUME2(T.RPar);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LSqb);
          this.OPTION5(() => this.SUBRULE2(this.patterns));
          this.CONSUME(T.RSqb);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.OPTION6(() => {
            this.SUBRULE(this.mappingItem);
            this.MANY3(() => {
              this.CONSUME3(T.Comma);
              this.SUBRULE2(this.mappingItem);
            });
            this.OPTION7(() => this.CONSUME4(T.Comma));
          });
          this.CONSUME(T.RBrace);
        },
      },
    ]);
  });

  /** Numbers (with sign, or complex `1+2j`), strings, None, True, False. */
  literalPattern = this.RULE('literalPattern', () => {
    this.OR(this.alt[16] ??= [
      {
        ALT: () => {
          this.OPTION(() => this.CONSUME(T.Minus, { LABEL: 'sign' }));
          this.CONSUME(T.NumberTok);
          this.OPTION2(() => {
            this.OR2(this.alt[17] ??= [
              { ALT: () => this.CONSUME(T.Plus, { LABEL: 'op' }) },
              { ALT: () => this.CONSUME2(T.Minus, { LABEL: 'op' }) },
            ]);
            this.CONSUME2(T.NumberTok);
          });
        },
      },
      { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(T.StringTok)) },
      { ALT: () => this.CONSUME(T.NoneKw) },
      { ALT: () => this.CONSUME(T.TrueKw) },
      { ALT: () => this.CONSUME(T.FalseKw) },
    ]);
  });

  /** A positional or `name=pattern` argument of a class pattern. */
  classArg = this.RULE('classArg', () => {
    this.OR(this.alt[18] ??= [
      { ALT: () => { this.CONSUME(T.Name); this.CONSUME(T.Equal); this.SUBRULE(this.pattern); } },
      { ALT: () => this.SUBRULE2(this.pattern) },
    ]);
  });

  /** `key: pattern` or `**rest`; a key is a literal or a dotted name. */
  mappingItem = this.RULE('mappingItem', () => {
    this.OR(this.alt[19] ??= [
      { ALT: () => { this.CONSUME(T.DoubleStar); this.CONSUME(T.Name); } },
      {
        ALT: () => {
          this.OR2(this.alt[20] ??= [
            { ALT: () => this.SUBRULE(this.literalPattern) },
            {
              ALT: () => {
                this.CONSUME2(T.Name);
                this.AT_LEAST_ONE(() => {
                  this.CONSUME(T.Dot);
                  this.CONSUME3(T.Name);
                });
              },
            },
          ]);
          this.CONSUME(T.Colon);
          this.SUBRULE(this.pattern);
        },
      },
    ]);
  });
}
