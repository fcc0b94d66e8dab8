"""The Python 2 name of queue, for the documents' Python 2 programs."""

from queue import *
from queue import Empty, Full, Queue, LifoQueue, PriorityQueue, SimpleQueue
