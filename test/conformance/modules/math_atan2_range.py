# atan2 with huge and subnormal arguments (the exact product inside must
# neither overflow nor underflow: atan2(1e308, 1e308) is pi/4).
import math
cases = [(1e300, 1.5e308), (5e-324, 1e-310), (1e-310, 5e-324), (1.7e308, 1e-300), (-1e-320, 3e-321), (2e-308, -1e308), (1e308, 1e308), (3e-320, 3e-320), (1.0, 1e308), (1e-300, 1e300)]
for y, x in cases:
    try:
        print(math.atan2(y, x).hex())
    except ValueError as e:
        print("ValueError", e)
