# types.GenericAlias: construction, parameters, substitution, equality, reprs
import types
from typing import TypeVar; T = TypeVar('T'); K=TypeVar('K')
try: list[int][int]
except TypeError as e: print(e)
try: dict[K, T][int]
except TypeError as e: print(e)
try: list[T][int, str]
except TypeError as e: print(e)
print(dict[K, list[T]][str, int], dict[K, list[T]].__parameters__)
print(hash(list[int]) == hash(list[int]), list[int] == list[int], list[int] != list[str], list[list[int]] == list[list[int]])
print(types.GenericAlias(list, int), types.GenericAlias(list, ()))
print(list[int].__class__, type(list[int]) is types.GenericAlias)
try: types.GenericAlias(list)
except TypeError as e: print(e)
print(tuple[()])
print(list[int].__reduce__())
import collections.abc as cabc
print(cabc.Iterable[int], cabc.Callable[[int, str], bool], cabc.Callable[..., int], cabc.Mapping[str, T][int])
