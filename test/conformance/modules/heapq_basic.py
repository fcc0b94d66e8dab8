# heapq: heappush/heappop/heapify/heappushpop/heapreplace and invariants
import heapq

def is_heap(h):
    return all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h)))

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print("push %d -> %s heap=%s" % (x, h, is_heap(h)))
out = [heapq.heappop(h) for _ in range(len(h))]
print("pops sorted:", out)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print("heapify:", data, is_heap(data))
print("heapify returns:", heapq.heapify([3, 1]))
h = [1, 3, 5]
print("heappushpop small:", heapq.heappushpop(h, 0), h)
print("heappushpop large:", heapq.heappushpop(h, 4), h)
h = [1, 3, 5]
print("heapreplace:", heapq.heapreplace(h, 0), h)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
print("pushpop empty:", heapq.heappushpop([], 7))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also-urgent")]:
    heapq.heappush(tasks, (prio, name))
print("tuple heap:", [heapq.heappop(tasks) for _ in range(4)])
maxh = []
for x in [3, 1, 4, 1, 5]:
    heapq.heappush(maxh, -x)
print("max-heap via negation:", [-heapq.heappop(maxh) for _ in range(5)])
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print("TypeError:", e)

class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return "Job(%d,%s)" % (self.p, self.n)
jh = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jh)
print("custom __lt__:", [heapq.heappop(jh) for _ in range(3)])
h = list(range(20, 0, -1))
heapq.heapify(h)
print("heapify descending:", h[:7], is_heap(h))
s = [0.5, 2, 1.5, True]
heapq.heapify(s)
print("mixed numbers:", [heapq.heappop(s) for _ in range(4)])
