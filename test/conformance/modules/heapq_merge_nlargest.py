# heapq: merge, nlargest, nsmallest with keys
import heapq

print("merge:", list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print("merge uneven:", list(heapq.merge([1, 2], [], [0, 10, 11], [5])))
print("merge none:", list(heapq.merge()))
print("merge reverse:", list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print("merge key:", list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print("merge key reverse:", list(heapq.merge(["dddd", "a"], ["ccc", "bb"], key=len, reverse=True)))
print("merge stable:", list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print("merge generators:", list(heapq.merge((x * 2 for x in range(4)), (x * 3 for x in range(3)))))
m = heapq.merge([1], [2])
print("merge is lazy iterator:", next(m), next(m))

nums = [5, 1, 8, 3, 9, 2, 7, 3]
print("nlargest 3:", heapq.nlargest(3, nums))
print("nsmallest 3:", heapq.nsmallest(3, nums))
print("n=0:", heapq.nlargest(0, nums), heapq.nsmallest(0, nums))
print("n=1:", heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print("n > len:", heapq.nlargest(20, nums), heapq.nsmallest(20, nums))
print("n negative:", heapq.nlargest(-1, nums))
print("empty:", heapq.nlargest(3, []), heapq.nsmallest(3, []))
print("iterator input:", heapq.nlargest(2, iter(nums)), heapq.nsmallest(2, (x for x in nums)))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 25), ("ed", 40)]
print("nlargest key:", heapq.nlargest(2, people, key=lambda p: p[1]))
print("nsmallest key:", heapq.nsmallest(3, people, key=lambda p: p[1]))
print("nlargest key ties stable:", heapq.nlargest(3, people, key=lambda p: p[1]))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print("by len:", heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print("by len n=1:", heapq.nlargest(1, words, key=len), heapq.nsmallest(1, words, key=len))
print("key None:", heapq.nlargest(2, words, key=None))
print("dict values:", heapq.nlargest(2, {"a": 3, "b": 9, "c": 5}.items(), key=lambda kv: kv[1]))
print("strings:", heapq.nsmallest(3, "zebra"))
print("floats:", heapq.nlargest(2, [0.1, float("inf"), -1.5, 2.25]))
