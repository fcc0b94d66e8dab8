"""The parts of importlib that scripts use: import_module, reload,
invalidate_caches (see importlib.util for specs and loaders)."""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name needs `package` as the anchor."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        while level < len(name) and name[level] == '.':
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between lookups of sys.path, so nothing to drop."""


def reload(module):
    """Re-execute a source module's code in its existing namespace."""
    if not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        # native modules are initialised once, as CPython's built-in ones
        return module
    with open(path, encoding='utf-8') as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return sys.modules[name]
