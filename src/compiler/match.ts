// The match statement (PEP 634).

import { StmtCompiler } from './stmt';

export class MatchCompiler extends StmtCompiler {}
