# bisect: applications - sorted containers, intervals, percentiles
import bisect

class SortedList:
    def __init__(self, items=()):
        self.data = sorted(items)
    def add(self, x):
        bisect.insort(self.data, x)
    def remove(self, x):
        i = bisect.bisect_left(self.data, x)
        if i == len(self.data) or self.data[i] != x:
            raise ValueError("%r not in list" % x)
        del self.data[i]
    def __contains__(self, x):
        i = bisect.bisect_left(self.data, x)
        return i < len(self.data) and self.data[i] == x
    def range(self, lo, hi):
        return self.data[bisect.bisect_left(self.data, lo):bisect.bisect_right(self.data, hi)]
    def rank(self, x):
        return bisect.bisect_left(self.data, x)

s = SortedList([50, 10, 40])
for x in [30, 20, 60, 30]:
    s.add(x)
print("sorted list:", s.data)
s.remove(30)
print("after remove:", s.data, 30 in s, 45 in s)
try:
    s.remove(99)
except ValueError as e:
    print("ValueError:", e)
print("range 15..50:", s.range(15, 50))
print("rank of 40:", s.rank(40))

boundaries = [0, 100, 200, 500, 1000]
labels = ["tiny", "small", "medium", "large", "huge"]
for v in [0, 50, 100, 199, 200, 999, 1000, 5000]:
    print("bucket %4d -> %s" % (v, labels[bisect.bisect_right(boundaries, v) - 1]))

def percentile_rank(sorted_vals, v):
    return 100.0 * bisect.bisect_right(sorted_vals, v) / len(sorted_vals)
scores = sorted([55, 67, 72, 72, 80, 85, 91, 95, 98, 100])
print("percentile ranks:", [percentile_rank(scores, v) for v in (50, 72, 90, 100)])

def lis_length(seq):
    tails = []
    for x in seq:
        i = bisect.bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
print("LIS length:", lis_length([10, 9, 2, 5, 3, 7, 101, 18]), lis_length([0, 1, 0, 3, 2, 3]))

timeline = [(1, "boot"), (5, "login"), (9, "logout"), (12, "shutdown")]
times = [t for t, _ in timeline]
def state_at(t):
    i = bisect.bisect_right(times, t)
    return timeline[i - 1][1] if i else "off"
print("states:", [state_at(t) for t in (0, 1, 4, 5, 10, 20)])
def merge_intervals_insert(intervals, new):
    starts = [a for a, _ in intervals]
    i = bisect.bisect_left(starts, new[0])
    intervals.insert(i, new)
    out = []
    for a, b in intervals:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out
print("interval insert:", merge_intervals_insert([[1, 3], [6, 9]], [2, 5]))
