# Format-spec mini-language for strings and other objects
s = 'hello'
for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '-<8', '.3', '10.3', '>10.2s', '^9.1', '0<7', '=>7']:
    print(f'{spec!r:>8} -> {format(s, spec)!r}')
print('empty string', repr(format('', '5')), repr(format('', '.0')))
print('unicode', repr(format('日本', '^6')), repr(format('é', '>3')))
for bad in ['d', '=10', '+', ' ', '#', ',', '010' if False else '0=5', 'x']:
    try:
        print('accepted', repr(bad), repr(format(s, bad)))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print('None/list/tuple default format', format(None), format([1, 2]), format((1,)))
try:
    format(None, '>10')
except TypeError as e:
    print('TypeError', e)
try:
    format([1], 's')
except TypeError as e:
    print('TypeError', e)
print('bytes format', format(b'ab'))
try:
    format(b'ab', '>5')
except TypeError as e:
    print('TypeError', e)
print('bool as str vs int', format(True, ''), format(True, 's') if False else format(str(True), '>6'), format(True, '>6'))
print('f-string combos', f'{"x":*>5}', f'{"abc"!r:^9}', f'{"trunc":.2}')
print('nested width', '{:>{w}}'.format('r', w=4), f'{"v":{"^"}{7}}')
print('fill with braces via format', '{:{{}}>5}'.format('x') if False else format('x', '{>5'), format('x', '}<5'))
print('truncate then pad', format('abcdef', '*^7.3'), format('abcdef', '.0'), repr(format('ab', '.5')))
print('width with wide unicode counts code points', format('日本語', '<5') + '|', format('😀', '^3') + '|')
print('combining characters counted', len(format('e\u0301', '<3')))
print('str subclass format', format(type('S', (str,), {})('sub'), '>5'))
print('format of str with format-like content', format('{x}', '>5'), format('%s', '^4'))
print('format() vs str.format', format('v', '>3') == '{:>3}'.format('v'))
print('empty spec on objects uses str()', format(3.0), format([1, 'a']), format(None), format({'k': 1}))
