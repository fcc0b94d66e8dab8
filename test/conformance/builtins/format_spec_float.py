# Format-spec mini-language for floats
x = 12345.6789
for spec in ['', 'f', '.2f', '.0f', '10.2f', '<12.1f', '^12.1f', '>12.1f', '=+12.1f', '012.2f', '+.3f', ' .1f', ',.2f', '_.2f', ',',
             'e', '.3e', 'E', '.0e', 'g', '.3g', '.10g', 'G', '%', '.1%', '#.0f', '#g', '#.3g', '.3', '.12', 'n', '*^15,.1f']:
    print(f'{spec!r:>10} -> {format(x, spec)!r}')
for v in [0.0, -0.0, 1.0, 0.1, 1e-5, 1e16, 1.5e300, 123456789.0, 0.00012345, 1 / 3, 2.5, -2.5]:
    print(f'{v!r:>22}: g={format(v, "g")!r} .3g={format(v, ".3g")!r} e={format(v, ".2e")!r} f={format(v, ".3f")!r} empty={format(v, "")!r} %={format(v, ".1%")!r}')
inf, nan = float('inf'), float('nan')
for spec in ['', 'f', '.2f', 'e', 'g', 'F', 'E', 'G', '+', '08.2f', '%', '>6']:
    print(f'inf/nan {spec!r:>6} -> {format(inf, spec)!r} {format(-inf, spec)!r} {format(nan, spec)!r}')
print('rounding half even in format', format(0.125, '.2f'), format(0.375, '.2f'), format(2.5, '.0f'), format(3.5, '.0f'), format(1.005, '.2f'))
print('large precision', format(0.1, '.20f'), format(1 / 3, '.17g'))
print('int with float spec', format(3, 'f'), format(3, '.2e'), format(10 ** 20, 'g'), format(7, '%'))
for bad in ['d', 'x', 'c', 'b', '.2s']:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)
print('negative zero rounding', format(-0.001, '.2f'), format(-0.0, 'g'), format(-1e-10, '.1e'))
print('g switches to exponent', format(1e16, 'g'), format(1e15, 'g'), format(123456, 'g'), format(1234567, 'g'), format(0.0001, 'g'), format(0.00001, 'g'))
print('repr-like empty spec with precision', format(1.0, '.3'), format(100.0, '.2'), format(1234.5, '.2'))
print('F uppercase', format(1e300 * 10, 'F'), format(1.5, 'F'))
print('e with precision 0 and #', format(12345.0, '.0e'), format(12345.0, '#.0e'), format(1.0, '#e'))
print('percent of small', format(0.0001234, '.2%'), format(-0.5, '%'), format(1, '.0%'))
print('grouping with exponent', format(1234567.0, ',e'), format(1234567.0, ',g'), format(12345678.9, ',.1f'))
print('fill and sign', format(3.5, '*<+8.2f'), format(-3.5, '*>8.1f'), format(3.5, ' ^9.2f'), format(-3.5, '=9.1f'))
print('zero padding negative', format(-1.5, '08.2f'), format(-1.5, '+08.2f'), format(1.5, '+08.2f'))
print('g trailing zeros', format(2.50, 'g'), format(2.50, '#g'), format(100.0, 'g'), format(100.0, '.1g'), format(150.0, '.1g'))
print('very small and large with g', format(1.5e-300, 'g'), format(1.5e300, '.3g'), format(123456789012.0, 'g'))
print('n same as g in C locale', format(1234.5678, 'n') == format(1234.5678, 'g'))
print('int in float formats', format(10, '.1f'), format(10, 'e'), format(-10, '%'), format(True, '.1f'))
print('float precision beyond 17', format(0.1, '.25f'), format(2.0 ** -20, '.25f'))
print('str() vs format(x, "")', str(1e16) == format(1e16, ''), str(0.1) == format(0.1, ''))
