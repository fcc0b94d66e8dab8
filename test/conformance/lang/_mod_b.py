# Helper module with __all__ (not a case).
__all__ = ['public_one', 'also_listed_private']
public_one = 1
public_two = 2
_also_listed = 'x'
also_listed_private = 'listed'
