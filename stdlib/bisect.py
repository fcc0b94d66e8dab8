"""Bisection algorithms."""

# The searches are native (_bisect); the short names are aliases.
from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
