# bigints.py - arbitrary-precision integers: factorials, big powers,
# modular exponentiation pow(a, b, m), digits of pi (streaming spigot) and of
# e (fixed-point series), big multiplication/division/shifts, int <-> str.
# (str() of ints is kept below 4300 digits: CPython's int_max_str_digits.)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def to_decimal(x, width=0):
    # str(x) for any size, by divide and conquer on powers of ten, so that
    # no single str() call sees more than 1000 digits
    if x < 10 ** 1000:
        s = str(x)
        return "0" * (width - len(s)) + s if width else s
    k = 1000
    while 10 ** (2 * k) <= x:
        k *= 2
    hi, lo = divmod(x, 10 ** k)
    return to_decimal(hi, width - k if width > k else 0) + to_decimal(lo, k)


def digit_sum(x):
    s = 0
    for ch in to_decimal(x):
        s += ord(ch) - 48
    return s


def pi_digits(n):
    # Gibbons' unbounded spigot
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return "".join(str(d) for d in out)


def e_digits(n):
    one = 10 ** (n + 10)
    term = one
    total = 0
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return to_decimal(total // 10 ** 10)[:n]


def modpow_work(n):
    m = (1 << 127) - 1          # a Mersenne prime
    acc = 0
    for i in range(1, n + 1):
        acc ^= pow(i * 7919 + 3, m - 2, m)  # modular inverse by Fermat
    # Fermat test on some known numbers
    primes = 0
    for c in range(10 ** 18 + 1, 10 ** 18 + 400, 2):
        if pow(2, c - 1, c) == 1 and pow(3, c - 1, c) == 1:
            primes += 1
    return acc % 1000000007, primes


def powers():
    a = 3 ** 20000
    b = 7 ** 15000
    c = a * b
    d = c // (b + 12345)
    e = (a << 1000) >> 999
    f = -(a % (b - 1)) + (c >> 20000) % 10 ** 30
    return (c.bit_length(), d % 10 ** 20, e % 1000003, f % 10 ** 25,
            (a - b) % 999999937, divmod(-a, 10 ** 40)[1] % 97)


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def int_str_roundtrip(n):
    total = 0
    x = 1
    for i in range(n):
        x = x * 1000003 + i
        if x.bit_length() > 10000:
            x %= 10 ** 1200 + 7
        s = str(x)
        total += int(s[-30:]) % 1000 + len(s)
    return total


def main():
    f = factorial(8000)
    fd = digit_sum(f)
    p = pi_digits(2500)
    e = e_digits(20000)
    mp = modpow_work(5000)
    pw = powers()
    fb = fib_big(100000)
    rt = int_str_roundtrip(4000)
    print("factorial", f.bit_length(), len(to_decimal(f)), fd, f % (10 ** 9 + 7))
    print("pi", p[:30], p[-10:])
    print("e", e[:30], e[-10:])
    print("modpow", mp)
    print("powers", pw)
    print("fib", fb.bit_length(), fb % 10 ** 15)
    print("roundtrip", rt)
    h = (fd + int(p[-20:]) + int(e[-20:]) + mp[0] + mp[1] + sum(pw) + fb % 1000000007 + rt)
    print("checksum", h % 1000000007)


main()
