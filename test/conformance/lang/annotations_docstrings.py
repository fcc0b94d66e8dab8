# Annotations and docstrings at runtime
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    """Function docstring."""
    return True
print('annotations', f.__annotations__)
print('doc', f.__doc__)
def no_doc():
    x = 1
    """not a docstring"""
print('no docstring', no_doc.__doc__)
class C:
    """Class docstring.

    Multiple lines."""
    x: int = 5
    y: str
    def method(self) -> None:
        'single-quoted docstring'
print('class doc', C.__doc__.splitlines()[0], len(C.__doc__.splitlines()))
print('class annotations', C.__annotations__)
print('annotated without value not set', hasattr(C, 'y'), C.x)
print('method doc', C.method.__doc__, C().method.__doc__)
v: int = 10
w: str
print('module annotation', __annotations__)
print('annotated variable', v, 'w' in globals())
def local_annotations():
    q: int = 1
    r: str
    return q, 'r' in locals()
print('local annotations not stored', local_annotations())
def evaluated():
    log = []
    def ann(x):
        log.append(x)
        return x
    def g(p: ann('param')) -> ann('return'):
        pass
    return log
print('annotations evaluated at def time', evaluated())
print('lambda has no annotations but dict exists', (lambda x: x).__annotations__)
class D:
    attr: 'Forward' = None
print('string annotation kept', D.__annotations__)
f.__doc__ = 'changed doc'
print('doc writable', f.__doc__)
def bytes_doc():
    b"""bytes are not docstrings"""
print('bytes docstring', bytes_doc.__doc__)
def fdoc():
    f"""f-strings are not docstrings"""
print('f-string docstring', fdoc.__doc__)
class Sub(C):
    pass
print('docstring not inherited by __doc__', Sub.__doc__)
print('builtin doc exists', isinstance(len.__doc__, str))
x: list[int] = [1]
print('generic annotation', __annotations__['x'])
obj = C()
obj.z: int = 3
print('attribute target annotation', obj.z)
d = {}
d['k']: int = 4
print('subscript target annotation', d)
print('annotation with default in class', C.__dict__.get('x'))
