# loops.py - nested while/for loops with integer arithmetic (no function calls
# in the inner loops): sieve, collatz, integer matrix multiply, nested sums.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def collatz(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best


def matmul(n):
    a = [[(i * j + 1) % 7 for j in range(n)] for i in range(n)]
    b = [[(i + 2 * j) % 5 for j in range(n)] for i in range(n)]
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for j in range(n):
            s = 0
            for k in range(n):
                s += ai[k] * b[k][j]
            ci[j] = s
    total = 0
    for row in c:
        for v in row:
            total = (total * 31 + v) % 1000000007
    return total


def nested(n):
    acc = 0
    for i in range(n):
        for j in range(i, n):
            acc += (i ^ j) % 7 - (i * j) % 3
            if acc > 100000:
                acc -= 99991
            elif acc < -100000:
                acc += 99991
    return acc


def main():
    p = sieve(1500000)
    c = collatz(50000)
    m = matmul(110)
    s = nested(2200)
    print("primes", p, "collatz", c, "matmul", m, "nested", s)
    print("checksum", (p * 1000003 + c[0] * 1009 + c[1] + m + s) % 1000000007)


main()
