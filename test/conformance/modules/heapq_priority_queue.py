# heapq: priority queue with removal, scheduling simulation, k-way algorithms
import heapq
import itertools

class PQ:
    REMOVED = "<removed>"
    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = itertools.count()
    def add(self, task, priority=0):
        if task in self.entries:
            self.remove(task)
        entry = [priority, next(self.counter), task]
        self.entries[task] = entry
        heapq.heappush(self.heap, entry)
    def remove(self, task):
        entry = self.entries.pop(task)
        entry[-1] = self.REMOVED
    def pop(self):
        while self.heap:
            priority, count, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.entries[task]
                return task
        raise KeyError("pop from an empty priority queue")

pq = PQ()
pq.add("write", 5)
pq.add("test", 3)
pq.add("deploy", 9)
pq.add("review", 3)
pq.add("write", 1)
pq.remove("deploy")
print("pq order:", [pq.pop() for _ in range(3)])
try:
    pq.pop()
except KeyError as e:
    print("KeyError:", e)

def dijkstra(graph, src):
    dist = {src: 0}
    heap = [(0, src)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dict(sorted(dist.items()))
g = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)],
     "c": [("d", 11), ("f", 2)], "d": [("e", 6)], "f": [("e", 9)]}
print("dijkstra:", dijkstra(g, "a"))

def kth_smallest_matrix(matrix, k):
    heap = [(row[0], r, 0) for r, row in enumerate(matrix)]
    heapq.heapify(heap)
    for _ in range(k - 1):
        val, r, c = heapq.heappop(heap)
        if c + 1 < len(matrix[r]):
            heapq.heappush(heap, (matrix[r][c + 1], r, c + 1))
    return heap[0][0]
print("kth smallest:", [kth_smallest_matrix([[1, 5, 9], [10, 11, 13], [12, 13, 15]], k) for k in range(1, 10)])

def running_median(stream):
    lo, hi, out = [], [], []
    for x in stream:
        heapq.heappush(lo, -x)
        heapq.heappush(hi, -heapq.heappop(lo))
        if len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out
print("running median:", running_median([5, 15, 1, 3, 8, 7, 9, 10]))
def heapsort(it):
    h = list(it)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
print("heapsort:", heapsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
