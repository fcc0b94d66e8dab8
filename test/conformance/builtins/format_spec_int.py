# Format-spec mini-language for integers
n = 1234567
for spec in ['', 'd', '10d', '<10d', '^10d', '>10d', '=10d', '*^12d', '+d', ' d', '-d', ',', '_', '10,', '012,', ',d', '_x', '_b', '_o',
             'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '#012x', '012', '+012', 'c' if False else 'n', 'e', '.2e', 'f', '.1f', 'g', '%', '.0%', 'E', 'G', '08.3f']:
    print(f'{spec!r:>8} -> {format(n, spec)!r}')
m = -42
for spec in ['', '5', '<5', '^5', '>5', '=5', '05', '+', ' ', '#x', '#06x', 'b', '#b', '_', ',']:
    print(f'neg {spec!r:>6} -> {format(m, spec)!r}')
print('c type', format(65, 'c'), format(0x263a, 'c'), format(97, '>3c'))
try:
    format(-1, 'c')
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
print('zero', format(0, '#x'), format(0, '+'), format(0, ' '), format(0, '05'), format(0, ','), format(0, 'b'))
print('big', format(2 ** 100, ','), format(2 ** 70, '_x'), format(-(10 ** 20), '030,'))
print('bool', format(True, 'd'), format(True, '05'), format(False, 'x'), format(True, ''))
for bad in ['s', '.2d', ',x', 'z', ',,', '=', '_,']:
    try:
        print('accepted', repr(bad), format(12, bad))
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print('width from fill 0 with align', format(42, '0<5'), format(42, '0^6'), format(-42, '0=6'))
print('alternate with width and fill', format(255, '*>#10x'), format(255, '*<#10b'))
print('grouping with zero padding', format(1234, '08,'), format(1234, '09_'), format(-1234, '09,'))
print('n type', format(1234567, 'n'), format(-1234, 'n'))
print('all presentation types on 0', [format(0, t) for t in 'bcdoxXneEfFgG%'])
print('width smaller than number', format(123456, '3'), format(-123456, '03'))
print('huge width', len(format(1, '1000')), format(1, '1000').strip())
print('sign with alignment', format(5, '+<4'), format(5, '+>4'), format(5, '+^5'), format(-5, ' ^5'))
print('fill characters', format(7, '\u2022>4'), format(7, '{<3'), format(7, '}>3'), format(7, '%>3'))
print('# with o/b/x and zero padding', format(8, '#010o'), format(5, '#010b'), format(-255, '#010x'))
print('underscore grouping hex/oct/bin every 4', format(0xffffffff, '_x'), format(0o7777777, '_o'), format(255, '_b'))
