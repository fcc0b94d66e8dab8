# Fixed-notation float formatting (%f, format 'f') against CPython, ties
# (x * 10**p ending in exactly .5) included: they round half to even.
import random
random.seed(5)
vals = [0.0, -0.0, 0.125, 0.375, 2.5, -2.5, 1e20, 9.99e20, 1e21, 1e22, 5e-324, 1.5, 0.5, 1234.5678, -0.001, float('inf'), float('nan'), -float('inf')]
vals += [random.uniform(-1e6, 1e6) for _ in range(150)] + [random.random() * 10 ** random.randint(-30, 25) for _ in range(150)]
vals += [k / 8 for k in range(-40, 40)] + [k / 1024 for k in range(0, 2000, 61)]
out = []
for v in vals:
    for p in (0, 1, 2, 3, 6, 12, 20):
        out.append("%.*f|%.*F|{:.{}f}|{:.{}F}".format(v, p, v, p) % (p, v, p, v))
    out.append(f"{v:f} {v:10.2f} {v:+.3f} {v:#.0f} {v:z.1f}" if v == v else "nan")
print(len(out))

print("\n".join(out))
