# types.UnionType: |, equality and hash as sets, parameters and substitution
import types, typing
T = typing.TypeVar('T')
print(int | str, int | None, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(hash(int | str) == hash(typing.Union[int, str]), (int | str) == typing.Union[int, str])
print(int | T, type(int | T).__name__)
u = int | list[T]
print(u.__parameters__, u[str], type(u[str]).__name__)
print(isinstance(3, int | str), issubclass(bool, int | str), isinstance(None, int | None))
try: (int | str)[int]
except TypeError as e: print('TypeError', e)
try: 3 | int
except TypeError as e: print('TypeError', e)
print(types.UnionType, (int | str).__args__)
