# Integer literals of every form
print('decimal', 0, 7, 1234567890)
print('underscores', 1_000_000, 1_2_3, 0x_ff, 0b_1010, 0o_17)
print('hex', 0xff, 0XFF, 0xdead_beef, 0x0)
print('oct', 0o17, 0O777, 0o0)
print('bin', 0b1010, 0B11111111, 0b0)
print('zero forms', 0, 00, 0_0, 000)
big = 123456789012345678901234567890
print('big', big)
print('big type', type(big).__name__)
print('big hex', 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print('2**64', 2**64, 2**64 - 1)
print('2**100', 2**100)
print('neg big', -2**63, -(2**63) - 1)
print('big mul', 99999999999999999999 * 99999999999999999999)
print('big repr', repr(10**30))
print('unary', -5, +5, --5, -+-5, ~5, ~-1)
print('mixed', 0x10 + 0o10 + 0b10 + 10)
print('int bool', True + True, False * 10)
print('leading zero str', int('007'))
x = 1_0
print('x', x, x == 10)
# literals in containers
print('list', [0x1, 0o2, 0b11, 4_0])
print('tuple', (1_000,))
print('big eq', 10**20 == 100000000000000000000)
print('big cmp', 10**20 > 10**19, -10**20 < -10**19)
print('big neg hex', hex(-2**70))
print('max 64', 9223372036854775807 + 1)
print('min 64', -9223372036854775808 - 1)
print('js safe', 9007199254740993, 9007199254740992 + 1)
print('js safe mul', 3 * 9007199254740993)
print('big floor', (10**25 + 7) // 3, (10**25 + 7) % 3)
for s in ['0x1f', '0o17', '0b101', '1_000']:
    print('eval', s, eval(s))
for bad in ['1__0', '0x', '1_', '012', '0b2', '0o8']:
    try:
        eval(bad)
        print('accepted', bad)
    except SyntaxError as e:
        print('syntax error', bad)
