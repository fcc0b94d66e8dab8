# The built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FloatingPointError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnicodeDecodeError, UnicodeError),
    (UnicodeError, ValueError), (FileNotFoundError, OSError),
    (PermissionError, OSError), (TimeoutError, OSError),
    (ConnectionRefusedError, ConnectionError), (ConnectionError, OSError),
    (BrokenPipeError, ConnectionError), (IsADirectoryError, OSError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (IndentationError, SyntaxError), (TabError, IndentationError),
    (StopIteration, Exception), (StopAsyncIteration, Exception),
    (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (Exception, BaseException),
    (DeprecationWarning, Warning), (UserWarning, Warning), (Warning, Exception),
    (BlockingIOError, OSError), (ChildProcessError, OSError),
    (ProcessLookupError, OSError), (InterruptedError, OSError),
    (AssertionError, Exception), (AttributeError, Exception),
    (EOFError, Exception), (MemoryError, Exception), (BufferError, Exception),
]
for sub, base in pairs:
    print(f'{sub.__name__:<24} subclass of {base.__name__:<16}', issubclass(sub, base))
print('not Exception', [c.__name__ for c in (GeneratorExit, KeyboardInterrupt, SystemExit) if not issubclass(c, Exception)])
print('aliases', IOError is OSError, EnvironmentError is OSError)
print('KeyError is not IndexError', issubclass(KeyError, IndexError))
print('bases', ZeroDivisionError.__bases__, KeyError.__mro__[1:])
print('BaseException bases', BaseException.__bases__)
def catch(exc, handler):
    try:
        raise exc
    except handler:
        return 'caught by ' + (handler.__name__ if isinstance(handler, type) else str([h.__name__ for h in handler]))
    except BaseException as e:
        return 'escaped: ' + type(e).__name__
print(catch(ZeroDivisionError, ArithmeticError))
print(catch(FileNotFoundError('x'), OSError))
print(catch(KeyError, (IndexError, ValueError)))
print(catch(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'), ValueError))
print(catch(SystemExit, Exception))
print(catch(KeyboardInterrupt, (Exception,)))
print(catch(ModuleNotFoundError('m'), ImportError))
errors = []
for code in ['1/0', '[][1]', '{}["k"]', 'int("z")', 'None.x', 'undefined', '1 + "a"', 'import no_such_module_xyz', 'iter(5)', '"a".encode("ascii2")', 'b"\\xff".decode()', 'float("inf") ** 2 if False else 10.0 ** 400']:
    try:
        exec(code)
    except Exception as e:
        errors.append(f'{code!r}: {type(e).__name__}')
print('\n'.join(errors))
e = UnicodeDecodeError('utf-8', b'ab\xff', 2, 3, 'invalid start byte')
print('UnicodeDecodeError attrs', e.encoding, e.object, e.start, e.end, e.reason)
print('UnicodeDecodeError str', e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    exec('x = (')
except SyntaxError as e:
    print('SyntaxError attrs', e.msg, e.lineno, type(e.offset).__name__)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
print('StopIteration value attr', StopIteration(3).value)
print('SystemExit code', SystemExit(5).code, SystemExit().code, SystemExit('msg').code)
print('KeyError args', KeyError('k').args, KeyError().args)
