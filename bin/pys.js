#!/usr/bin/env node
// The pys command: runs the interpreter in this very process (no child), so
// `node bin/pys.js prog.py` is the interpreter's command line.
// PYS_DIST selects a private build directory (see build.mjs --outdir).
'use strict';
const path = require('path');
const dist = process.env.PYS_DIST ? path.resolve(__dirname, '..', process.env.PYS_DIST) : path.join(__dirname, '..', 'dist');
require(path.join(dist, 'pys.js')).main(process.argv.slice(2));
