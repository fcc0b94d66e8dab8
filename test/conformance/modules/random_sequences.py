# random: choice, choices (weights, cum_weights, k), shuffle, sample
import random

random.seed(42)
print("choice list:", [random.choice(["a", "b", "c", "d"]) for _ in range(8)])
print("choice str:", "".join(random.choice("xyz") for _ in range(10)))
print("choice range:", random.choice(range(1000)))
print("choice tuple:", random.choice((10, 20, 30)))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)

random.seed(1)
print("choices k=5:", random.choices("abc", k=5))
print("choices weights:", random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print("choices cum_weights:", random.choices(range(4), cum_weights=[1, 2, 3, 10], k=8))
print("choices default k=1:", random.choices([1, 2, 3]))
print("choices float weights:", random.choices("ab", weights=[0.25, 0.75], k=6))
for kwargs in ({"weights": [1], "k": 2}, {"weights": [1, 1], "cum_weights": [1, 2]}, {"weights": [0, 0]}):
    try:
        random.choices("ab", **kwargs)
    except (ValueError, TypeError) as e:
        print("choices error %s: %s: %s" % (sorted(kwargs), type(e).__name__, e))
print("choices empty k=0:", random.choices([], k=0))
try:
    random.choices([], k=1)
except IndexError as e:
    print("IndexError:", e)

random.seed(2)
deck = list(range(10))
random.shuffle(deck)
print("shuffle:", deck)
s = list("abcdef")
random.shuffle(s)
print("shuffle str list:", s)
one = [1]
random.shuffle(one)
print("shuffle single:", one)
try:
    random.shuffle((1, 2))
except TypeError as e:
    print("TypeError:", e)

random.seed(3)
print("sample:", random.sample(range(100), 5))
print("sample all:", random.sample("abcd", 4))
print("sample 0:", random.sample([1, 2], 0))
print("sample counts:", random.sample(["x", "y"], counts=[3, 2], k=4))
print("sample big population:", random.sample(range(10 ** 9), 3))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    random.sample([1, 2], -1)
except ValueError as e:
    print("ValueError:", e)
