"""Pseudo-random numbers.

Random pairs the native Mersenne Twister of _random (seeding, random(),
getrandbits() and the raw state) with what is built on top of it: integers
from a range, picks and samples from sequences, and samplers for the usual
continuous distributions. SystemRandom takes its bits from the operating
system instead and cannot be seeded. The module-level functions are the
bound methods of one hidden Random.

A seeded Random must repeat CPython's values, so every method below asks the
generator for the same numbers in the same order, and combines them with
the same floating-point operations, as CPython 3.11 does. That, not taste,
fixes the exact form of each formula.
"""

import _random
from _random import _sha512, _urandom
from bisect import bisect_right as _bisect_right
from collections.abc import Sequence as _Sequence
from itertools import accumulate as _accumulate, repeat as _repeat
from math import acos as _acos, cos as _cos, sin as _sin, pi as _pi
from math import exp as _exp, log as _log, sqrt as _sqrt, e as _e
from math import floor as _floor, isfinite as _isfinite
from operator import index as _index

__all__ = [
    "Random", "SystemRandom",
    "seed", "getstate", "setstate", "getrandbits", "randbytes",
    "random", "randrange", "randint", "choice", "choices", "shuffle", "sample",
    "uniform", "triangular", "normalvariate", "gauss", "lognormvariate",
    "expovariate", "vonmisesvariate", "gammavariate", "betavariate",
    "paretovariate", "weibullvariate",
]

# Public in CPython's module, so kept under the same names.
BPF = 53                          # bits in a float's significand
RECIP_BPF = 2.0 ** -BPF
TWOPI = 2.0 * _pi
LOG4 = 2.0 * _log(2.0)
NV_MAGICCONST = _sqrt(8.0 / _e)   # Kinderman-Monahan: 4 e**-0.5 / sqrt(2)
SG_MAGICCONST = _log(4.5) + 1.0   # Cheng's constant d = 1 + ln 4.5

_MASK64 = (1 << 64) - 1
_UNIT_STEP = 1   # randrange's default step; tested by identity like CPython


def _legacy_text_hash(text):
    # The 64-bit string hash of Python 2, which seed(version=1) fed to the
    # generator; keeping it lets old version-1 seeds replay their streams.
    codes = list(text) if isinstance(text, bytes) else [ord(ch) for ch in text]
    h = codes[0] << 7 if codes else 0
    for code in codes:
        h = (h * 1000003 ^ code) & _MASK64
    return h ^ len(codes)


def _text_seed(data):
    # Version 2 seeds use every byte of the text, followed by its SHA-512,
    # read as one big-endian integer.
    if isinstance(data, str):
        data = data.encode()
    data = bytes(data)
    return int.from_bytes(data + _sha512(data), 'big')


def _as_range_arg(value, label):
    # An int for randrange(). CPython 3.11 still accepts integral non-ints
    # such as 3.0, and answers other non-ints with ValueError, warning about
    # both. Both happen while the TypeError is being handled, so an uncaught
    # error shows that TypeError as its context, as in CPython.
    try:
        return _index(value)
    except TypeError:
        converted = int(value)
        import warnings
        # stacklevel 3: past this helper and _randrange_py, to the caller
        # (the native randrange in between has no Python frame)
        if converted == value:
            warnings.warn('non-integer arguments to randrange() have been '
                          'deprecated since Python 3.10 and will be removed '
                          'in a subsequent version', DeprecationWarning, 3)
            return converted
        warnings.warn('randrange() will raise TypeError in the future',
                      DeprecationWarning, 3)
        raise ValueError(f'non-integer {label} for randrange()')


def _pool_limit(k):
    # sample() copies the population and swaps within the copy when it has
    # at most this many items; beyond it, remembering the k chosen indices
    # in a set is cheaper. The limit is 21, plus, once k > 5, the smallest
    # power of four reaching 3k. CPython finds that power through a float
    # logarithm; the integer form agrees for every k below 3.7e14, far
    # beyond any list of k results that fits in memory.
    limit = 21
    if k > 5:
        limit += 4 ** (((3 * k - 1).bit_length() + 1) // 2)
    return limit


class Random(_random.Random):
    """A Mersenne Twister generator with every method of this module.

    A subclass that defines its own random() (and, for ranges wider than
    2**53, getrandbits()) has all the other methods draw from it."""

    VERSION = 3     # the layout getstate() produces

    def __init__(self, x=None):
        """Creates a generator seeded by x, as seed(x) does."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        """Chooses how instances of cls draw integers below n. The nearest
        class in the MRO that touches the generator decides: its own
        getrandbits() is used when it has one, else its random() alone."""
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # ---- state ----------------------------------------------------------

    def seed(self, a=None, version=2):
        """Re-initializes the generator.

        a may be None (operating-system entropy), an int (all of its bits),
        a float (its hash), or str, bytes or bytearray: with version 2 all of
        their bytes count; version 1 reproduces Python 2's seeds."""
        if isinstance(a, (str, bytes, bytearray)):
            if version == 2:
                a = _text_seed(a)
            elif version == 1 and not isinstance(a, bytearray):
                a = _legacy_text_hash(a)
        elif a is not None and not isinstance(a, (int, float)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The whole state, for setstate() to restore."""
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        """Restores a state that getstate() returned."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f'state with version {version} passed to '
                             f'Random.setstate() of version {self.VERSION}')
        _, words, self.gauss_next = state
        if version == 2:
            # Python 2 saved the words as signed C longs
            try:
                words = tuple([w % 0x100000000 for w in words])
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    # copy and pickle go through getstate()/setstate()

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (type(self), (), self.getstate())

    # ---- integers ---------------------------------------------------------

    # _randbelow(n) returns a uniform int in [0, n) for n > 0. The native
    # _randbelow_with_getrandbits draws bit_length(n) bits and retries while
    # the draw is n or more; __init_subclass__ may switch a subclass to the
    # version below.
    _randbelow = _random.Random._randbelow_with_getrandbits

    def _randbelow_without_getrandbits(self, n):
        # For generators that only have random(): scale a float to 53 bits
        # and reject the top (2**53 % n) values so that every residue mod n
        # is equally likely.
        span = 1 << BPF
        if n >= span:
            # attributed to this line, as CPython does, so that the default
            # filter reports it once per process rather than once per caller
            import warnings
            warnings.warn('Underlying random() generator does not supply \n'
                          'enough bits to choose from a population range '
                          'this large.\nTo remove the range limitation, add '
                          'a getrandbits() method.')
            return _floor(self.random() * n)
        cutoff = span - span % n
        while True:
            # exact: multiplying by a power of two only moves the exponent
            bits = _floor(self.random() * span)
            if bits < cutoff:
                return bits % n

    def _randrange_py(self, start, stop=None, step=_UNIT_STEP):
        # randrange() for what the native fast path leaves to Python: any
        # argument that is not an int, and every error.
        first = _as_range_arg(start, 'arg 1')
        if stop is None:
            if step is not _UNIT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _as_range_arg(stop, 'stop')
        width = last - first
        stride = _as_range_arg(step, 'step')
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError('empty range for randrange() (%d, %d, %d)'
                             % (first, last, width))
        if stride == 0:
            raise ValueError('zero step for randrange()')
        count = -(-width // stride)     # ceil(width / stride)
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    # Native, and hot in user scripts. They reach self._randbelow and
    # self.randrange as Python code would, so subclass overrides still apply.
    randrange = _random.Random._randrange_fast
    randint = _random.Random._randint_fast
    choice = _random.Random._choice_fast
    shuffle = _random.Random._shuffle_fast

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(n * 8)
        return bits.to_bytes(n, 'little')

    # ---- sequences ------------------------------------------------------

    def sample(self, population, k, *, counts=None):
        """A list of k distinct items of the sequence population, in the
        order they were chosen. counts, when given, repeats item i counts[i]
        times (without building the repeated sequence)."""
        if not isinstance(population, _Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        out = [None] * k    # also rejects a non-int k, as CPython does
        below = self._randbelow
        if size <= _pool_limit(k):
            # partial Fisher-Yates: pool[:left] holds what is still unchosen
            pool = list(population)
            left = size
            for i in range(k):
                j = below(left)
                out[i] = pool[j]
                left -= 1
                pool[j] = pool[left]
        else:
            taken = set()
            for i in range(k):
                j = below(size)
                while j in taken:
                    j = below(size)
                taken.add(j)
                out[i] = population[j]
        return out

    def _sample_counted(self, population, size, counts, k):
        # Sample positions of the virtual repeated sequence, then map each
        # position to its item through the running totals of counts.
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        spots = self.sample(range(total), k=k)
        return [population[_bisect_right(bounds, s)] for s in spots]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """A list of k items of population chosen with replacement, all
        equally likely or in proportion to weights (or to the differences
        of cum_weights)."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(draw() * scale)]
                        for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    # choices(seq, 3): the 3 was meant as k
                    raise TypeError('The number of choices must be a '
                                    f'keyword argument: k={weights!r}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, top)]
                for _ in _repeat(None, k)]

    # ---- continuous distributions -----------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """A float between low and high from the triangular distribution
        peaking at mode (default: the midpoint)."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > peak:
            # the right-hand side is the left-hand side of the mirror image
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma."""
        # Kinderman and Monahan's ratio of uniforms: z = c (u1 - 1/2) / u2
        # is accepted when z**2 / 4 <= -ln u2.
        draw = self.random
        while True:
            u1 = draw()
            u2 = 1.0 - draw()    # in (0, 1]: its log is defined
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma,
        faster than normalvariate(). Not thread-safe: two threads may get
        the same value."""
        # Box-Muller turns two uniforms into two independent normals; the
        # second waits in gauss_next for the next call.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: the log of the result is normal with
        mean mu and standard deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd); negative
        lambd gives values from 0 down to minus infinity."""
        # inversion: -ln(U) / lambda, with U = 1 - random() never 0
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles: mean angle mu, concentration
        kappa >= 0; kappa 0 is uniform over [0, 2*pi)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        # Best and Fisher (1979): rejection from a wrapped Cauchy envelope
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * draw())
            d = z / (r + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        offset = _acos((q + z) / (1.0 + q * z))
        if draw() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0
        (mean alpha * beta)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            return self._gamma_cheng(alpha, draw) * beta
        if alpha == 1.0:
            return -_log(1.0 - draw()) * beta
        return self._gamma_small(alpha, draw) * beta

    @staticmethod
    def _gamma_cheng(alpha, draw):
        # Cheng (1977), algorithm GB, for alpha > 1. u1 is kept away from
        # 0 and 1, where ln(u1 / (1 - u1)) is unbounded.
        a = _sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u1 = draw()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _log(u1 / (1.0 - u1)) / a
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            w = b + c * v - x
            # a cheap bound first, then the exact test
            if w + SG_MAGICCONST - 4.5 * z >= 0.0 or w >= _log(z):
                return x

    @staticmethod
    def _gamma_small(alpha, draw):
        # Ahrens and Dieter's algorithm GS, for 0 < alpha < 1: a mixture of
        # x**(alpha-1) near 0 and exp(-x) beyond 1, with rejection.
        b = (_e + alpha) / _e
        while True:
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _exp(-x):
                    return x
            else:
                x = -_log((b - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with alpha > 0 and beta > 0."""
        # X / (X + Y) for gamma variates X ~ G(alpha), Y ~ G(beta); when X
        # is 0 the result is 0 and Y is never drawn.
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha (minimum 1)."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# Tells the native fast paths which _randbelow and randrange are Random's
# own, so they can tell when a subclass replaced them.
_random._register_base(Random)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source (what
    os.urandom() reads). Nothing can be seeded, saved or replayed."""

    def random(self):
        """A float in [0.0, 1.0): 53 random bits scaled down."""
        return self.getrandbits(BPF) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = -(-k // 8)
        word = int.from_bytes(_urandom(nbytes), 'big')
        return word >> (8 * nbytes - k)    # drop the surplus low bits

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the entropy source has no seed."""
        return None

    def _no_state(self, *args, **kwds):
        """Not available: the entropy source has no state."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _no_state


# The module-level functions: methods of one hidden generator, seeded from
# entropy at import.
_inst = Random()
seed = _inst.seed
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
random = _inst.random
randrange = _inst.randrange
randint = _inst.randint
choice = _inst.choice
choices = _inst.choices
shuffle = _inst.shuffle
sample = _inst.sample
uniform = _inst.uniform
triangular = _inst.triangular
normalvariate = _inst.normalvariate
gauss = _inst.gauss
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
