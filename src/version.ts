// Version numbers shown by `pys -V`, sys.version and the REPL banner.

/** The pys release. */
export const VERSION = '0.1.0';
/** The Python language version whose semantics pys follows. */
export const PY_VERSION = '3.11.7';
