# Regenerates test/unit/grammar/fixtures/snippets.json from snippets.txt (and
# raw-snippets.json, for sources with CR or control characters) with
# CPython: for each snippet, its ast.dump() (and positions), or the
# SyntaxError that ast.parse raises. Snippets are separated by lines
# "#### [eval: | single: | error: ]name"; a name containing "no trailing
# newline" drops the snippet's final newline.
# Usage: python3 test/tools/astdump-fixtures.py
import ast, json, os, sys, warnings

warnings.simplefilter('ignore')
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'unit', 'grammar', 'fixtures')
text = open(os.path.join(here, 'snippets.txt'), encoding='utf-8', newline='').read()
blocks = []
for block in text.split('\n#### ')[1:] if not text.startswith('#### ') else ('\n' + text).split('\n#### ')[1:]:
    header, _, src = block.partition('\n')
    blocks.append((header, src))
# raw-snippets.json: sources that the text format cannot hold (CR, NUL...)
blocks += [(c['name'], c['src']) for c in json.load(open(os.path.join(here, 'raw-snippets.json'), encoding='utf-8'))]
cases = []
for header, src in blocks:
    mode = 'exec'
    for m in ('eval', 'single'):
        if header.startswith(m + ': '):
            mode, header = m, header[len(m) + 2:]
    if header.startswith('error: '):
        header = header[len('error: '):]
    if 'no trailing newline' in header:
        src = src[:-1] if src.endswith('\n') else src
    case = {'name': header, 'mode': mode, 'src': src}
    try:
        tree = ast.parse(src, '<fixture>', mode)
        case['dump'] = ast.dump(tree)
        if src.isascii():
            case['attrs'] = ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        case['error'] = {'kind': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                         'end_lineno': e.end_lineno, 'end_offset': e.end_offset, 'text': e.text}
    except (ValueError, MemoryError, RecursionError) as e:
        case['error'] = {'kind': type(e).__name__, 'msg': str(e)}
    cases.append(case)
with open(os.path.join(here, 'snippets.json'), 'w', encoding='utf-8') as fh:
    json.dump({'generator': 'test/tools/astdump-fixtures.py', 'python': sys.version.split()[0], 'cases': cases},
              fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print(f'{len(cases)} cases, {sum("error" in c for c in cases)} errors')
