# The builtins namespace: presence of common names, shadowing, builtins module
import builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'compile',
         'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'filter', 'float', 'format',
         'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass',
         'iter', 'len', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open', 'ord',
         'pow', 'print', 'property', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted',
         'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip', '__import__', 'aiter', 'anext', 'breakpoint']
print('missing builtins', [n for n in names if not hasattr(builtins, n)])
print('constants', getattr(builtins, 'None'), getattr(builtins, 'True'), builtins.Ellipsis, builtins.NotImplemented)
print('exceptions present', all(hasattr(builtins, n) for n in ('ValueError', 'KeyError', 'StopIteration', 'ExceptionGroup', 'BaseExceptionGroup', 'EncodingWarning')))
print('builtin types are types', all(isinstance(getattr(builtins, n), type) for n in ('int', 'str', 'list', 'dict', 'set', 'tuple', 'object', 'type', 'range', 'slice')))
print('builtin functions', type(builtins.len).__name__, builtins.len.__name__, builtins.len.__module__)
def shadow():
    list = 'shadowed locally'
    return list
print('local shadow', shadow(), list('ab'))
sum = lambda *a: 'global shadow'
print('global shadow', sum([1, 2]))
del sum
print('restored', sum([1, 2]))
builtins.custom_builtin_for_test = 'injected'
print('injected builtin visible everywhere', custom_builtin_for_test)
del builtins.custom_builtin_for_test
try:
    custom_builtin_for_test
except NameError as e:
    print('NameError', e)
print('__builtins__ available', '__builtins__' in globals())
print('len(dir(builtins)) > 100', len(dir(builtins)) > 100)
print('copyright/credits/license/exit/quit exist (site)', all(hasattr(builtins, n) for n in ('exit', 'quit')))
print('print is builtins.print', print is builtins.print)
