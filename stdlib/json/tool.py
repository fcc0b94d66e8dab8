"""python -m json.tool: validate JSON and pretty-print it.

    $ echo '{"json": "obj"}' | python -m json.tool
    {
        "json": "obj"
    }

Reads infile (default: standard input) and writes outfile (default:
standard output).  Options: --sort-keys, --no-ensure-ascii, --json-lines,
and one of --indent N (default 4), --tab, --no-indent, --compact.

argparse is not available yet, so the command line is read by the small
parser below: options must be spelled in full (--indent N or
--indent=N), and usage errors are reported as argparse would, with exit
status 2.  The help text is our own.
"""
import json
import sys

PROG = 'python -m json.tool'
USAGE = (f'usage: {PROG} [-h] [--sort-keys] [--no-ensure-ascii] '
         '[--json-lines] [--indent INDENT | --tab | --no-indent | --compact] '
         '[infile] [outfile]')
HELP = USAGE + """

Validate JSON documents and pretty-print them.

positional arguments:
  infile             the JSON file to read (default: standard input)
  outfile            the file to write (default: standard output)

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the entries of objects by key
  --no-ensure-ascii  write non-ASCII characters as they are, not escaped
  --json-lines       read one JSON document per line
  --indent INDENT    indent nested levels by INDENT spaces (default 4)
  --tab              indent nested levels by a tab
  --no-indent        write each document on one line
  --compact          write each document on one line, without spaces
"""

# the options that choose the layout exclude one another
_LAYOUTS = ('--indent', '--tab', '--no-indent', '--compact')


def _usage_error(message):
    print(USAGE, file=sys.stderr)
    print(f'{PROG}: error: {message}', file=sys.stderr)
    sys.exit(2)


# the options without a value, and what each sets
_SWITCHES = {
    '--sort-keys': ('sort_keys', True),
    '--no-ensure-ascii': ('ensure_ascii', False),
    '--json-lines': ('json_lines', True),
    '--tab': ('indent', '\t'),
    '--no-indent': ('indent', None),
    '--compact': ('compact', True),
}


def _parse(argv):
    options = {'sort_keys': False, 'ensure_ascii': True, 'json_lines': False,
               'indent': 4, 'compact': False}
    files = []
    unknown = []
    layout = None
    args = iter(argv)
    for arg in args:
        if arg in ('-h', '--help'):
            print(HELP, end='')
            sys.exit(0)
        if not arg.startswith('-') or arg == '-':
            files.append(arg)
            continue
        name, eq, value = arg.partition('=')
        if name != '--indent' and name not in _SWITCHES:
            unknown.append(arg)
            continue
        if name in _LAYOUTS:
            if layout is not None and layout != name:
                _usage_error(f'argument {name}: not allowed with '
                             f'argument {layout}')
            layout = name
        if name == '--indent':
            if not eq:
                value = next(args, None)
                if value is None:
                    _usage_error('argument --indent: expected one argument')
            try:
                options['indent'] = int(value)
            except ValueError:
                _usage_error(f'argument --indent: invalid int value: {value!r}')
        elif eq:
            _usage_error(f'argument {name}: ignored explicit argument {value!r}')
        else:
            key, setting = _SWITCHES[name]
            options[key] = setting
    unknown += files[2:]
    if unknown:
        _usage_error('unrecognized arguments: ' + ' '.join(unknown))
    return options, files


def main():
    options, files = _parse(sys.argv[1:])
    dump_options = {'sort_keys': options['sort_keys'],
                    'ensure_ascii': options['ensure_ascii'],
                    'indent': options['indent']}
    if options['compact']:
        dump_options['indent'] = None
        dump_options['separators'] = (',', ':')

    infile = sys.stdin
    if files and files[0] != '-':
        try:
            infile = open(files[0], encoding='utf-8')
        except OSError as err:
            _usage_error(f"argument infile: can't open {files[0]!r}: {err}")
    with infile:
        try:
            if options['json_lines']:
                documents = (json.loads(line) for line in infile)
            else:
                documents = (json.load(infile),)
            if len(files) > 1:
                outfile = open(files[1], 'w', encoding='utf-8')
            else:
                outfile = sys.stdout
            with outfile:
                for document in documents:
                    json.dump(document, outfile, **dump_options)
                    outfile.write('\n')
        except ValueError as err:
            raise SystemExit(err)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as err:
        sys.exit(err.errno)
