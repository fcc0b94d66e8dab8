# Subclassing Exception: args, __str__, attributes, hierarchy
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason='invalid'):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f'config key {self.key!r} is {self.reason}'
try:
    raise ConfigError('port', 'missing')
except AppError as e:
    print('caught base', type(e).__name__, e, e.args, e.key)
    print('repr', repr(e))
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
e = NoSuperInit(1, 2)
print('args set by __new__ anyway', e.args, str(e), repr(e))
class Plain(Exception):
    pass
print('str of plain', str(Plain()), str(Plain('one')), str(Plain('a', 'b')), repr(Plain('a', 'b')))
print('args type', type(Plain('x').args).__name__)
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
print('default message', WithDefault(), WithDefault('custom'))
class Coded(ValueError):
    code = 400
    def __init__(self, message, code=None):
        super().__init__(message)
        if code is not None:
            self.code = code
try:
    int('x')
except ValueError as e:
    print('builtin ValueError', e)
try:
    raise Coded('bad request')
except ValueError as e:
    print('subclass of builtin', e, e.code, isinstance(e, Coded))
try:
    raise Coded('teapot', 418)
except Coded as e:
    print('override attr', e.code)
class Multi(KeyError, AttributeError):
    pass
for handler in (KeyError, AttributeError, LookupError):
    try:
        raise Multi('m')
    except handler as e:
        print('multiple inheritance caught by', handler.__name__, repr(e))
print('mro', [c.__name__ for c in Multi.__mro__])
print('KeyError str quotes', str(KeyError('k')), str(Multi('m')))
class Ctx(Exception):
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.extra = kwargs
try:
    raise Ctx('msg', detail=1)
except Ctx as e:
    print('kwargs stored', e.extra, e.args)
try:
    Exception(x=1)
except TypeError as e:
    print('TypeError', e)
e = AppError('first')
e.args = ('replaced',)
print('assign args', e, e.args)
e.custom = 'attr'
print('exceptions have __dict__', e.custom)
print('with_traceback returns self', e.with_traceback(None) is e)
class BaseOnly(BaseException):
    pass
try:
    try:
        raise BaseOnly('not caught by Exception')
    except Exception:
        print('wrong')
except BaseOnly as e:
    print('BaseException subclass', e)
try:
    raise AppError
except AppError as e:
    print('raised class', repr(e), e.args)
e = OSError(2, 'No such file', 'path.txt')
print('OSError formatting', e, e.errno, e.strerror, e.filename, type(e).__name__)
print('OSError subclass mapping', type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__)
print('add_note', hasattr(e, 'add_note'))
