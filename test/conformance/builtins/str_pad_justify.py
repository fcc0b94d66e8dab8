# center / ljust / rjust / zfill / expandtabs
for w in (0, 3, 8, 9):
    print(f'w={w}', repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)))
print('fill chars', 'abc'.center(9, '*'), 'abc'.ljust(6, '.'), 'abc'.rjust(6, '0'), 'ab'.center(5, '-'), 'ab'.center(6, '-'))
print('center odd/even', repr('a'.center(4)), repr('ab'.center(5)), repr('abc'.center(6)), repr('abcd'.center(7)))
try:
    'a'.center(5, '**')
except TypeError as e:
    print('TypeError', e)
print('zfill', '42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '3.14'.zfill(7), 'abc'.zfill(5), ''.zfill(3), '12345'.zfill(3), '-'.zfill(3))
print('expandtabs default', repr('a\tb\tc'.expandtabs()), repr('\t'.expandtabs()))
print('expandtabs size', repr('a\tbc\tdef\tg'.expandtabs(4)), repr('ab\tc'.expandtabs(2)), repr('a\tb'.expandtabs(0)), repr('a\tb'.expandtabs(1)))
print('expandtabs newline resets column', repr('abc\tx\nab\ty'.expandtabs(4)))
print('expandtabs cr resets column', repr('abcdef\rab\tc'.expandtabs(4)))
print('bytes', b'ab'.center(6, b'*'), b'7'.zfill(3), b'a\tb'.expandtabs(4), b'x'.ljust(3), b'x'.rjust(3, b'.'))
rows = [('name', 'qty'), ('apple', '3'), ('kiwi', '12')]
for a, b in rows:
    print('|' + a.ljust(8) + '|' + b.rjust(5) + '|')
print('unicode width is code points', '日本'.center(6, '*'), len('é'.ljust(3)))
print('negative width', repr('abc'.ljust(-5)), repr('abc'.zfill(-1)))
print('center with width smaller than length', 'abcdef'.center(3), 'abcdef'.ljust(0), 'abcdef'.rjust(2))
print('zfill with sign only and long', '+'.zfill(4), '-0'.zfill(4), '1'.zfill(10))
print('zfill bytes and bytearray', b'-5'.zfill(4), bytearray(b'12').zfill(5))
print('expandtabs with multiple lines', repr('a\tb\nccc\td'.expandtabs(3)))
print('expandtabs negative tabsize', repr('a\tb'.expandtabs(-1)))
print('ljust/rjust fill unicode', 'x'.ljust(4, '·'), 'x'.rjust(4, '→'), 'x'.center(5, '✓'))
try:
    'x'.ljust(5, b'*')
except TypeError as e:
    print('TypeError', e)
try:
    'x'.rjust('5')
except TypeError as e:
    print('TypeError', e)
try:
    'x'.zfill(None)
except TypeError as e:
    print('TypeError', e)
print('format equivalents', format('ab', '<5') == 'ab'.ljust(5), format('ab', '>5') == 'ab'.rjust(5), format('ab', '^5') == 'ab'.center(5))
print('center asymmetry matches format', 'ab'.center(5), '|', format('ab', '^5'), '|', 'abc'.center(6), '|', format('abc', '^6'))
table = [('id', 'name', 'score'), ('1', 'ann', '9.5'), ('22', 'bob', '10')]
widths = [max(len(row[i]) for row in table) for i in range(3)]
for row in table:
    print(' | '.join(cell.ljust(w) if i == 1 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
