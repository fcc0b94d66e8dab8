# condition_pingpong.py - two threads take turns 20,000 times, handing the
# turn over through a threading.Condition.
import threading

ROUNDS = 20000
cond = threading.Condition()
turn = [0]
hits = [0, 0]


def player(me):
    for _ in range(ROUNDS):
        with cond:
            while turn[0] != me:
                cond.wait()
            hits[me] += 1
            turn[0] = 1 - me
            cond.notify()


threads = [threading.Thread(target=player, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("checksum", hits)
