#!/usr/bin/env node
// The pys command: runs the interpreter in this very process (no child), so
// `node bin/pys.js prog.py` is the interpreter's command line.
'use strict';
require('../dist/pys.js').main(process.argv.slice(2));
