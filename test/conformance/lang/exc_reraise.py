# Re-raising exceptions: bare raise, raise e, raise in nested contexts
def reraise_bare():
    try:
        raise ValueError('orig')
    except ValueError:
        print('handling, then bare raise')
        raise
try:
    reraise_bare()
except ValueError as e:
    print('caught re-raised', e)
def reraise_named():
    try:
        raise KeyError('k')
    except KeyError as e:
        raise e
try:
    reraise_named()
except KeyError as e:
    print('caught named re-raise', repr(e))
try:
    raise
except RuntimeError as e:
    print('bare raise with nothing active:', e)
def nested_bare():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise TypeError('inner')
        except TypeError:
            pass
        raise
try:
    nested_bare()
except Exception as e:
    print('bare raise after inner handled re-raises outer:', type(e).__name__, e)
def raise_in_func_called_from_handler():
    raise
try:
    try:
        raise IndexError('deep')
    except IndexError:
        raise_in_func_called_from_handler()
except IndexError as e:
    print('bare raise from called function:', e)
def modify_and_reraise():
    try:
        raise ValueError('msg')
    except ValueError as e:
        e.args = ('modified',) + e.args
        raise
try:
    modify_and_reraise()
except ValueError as e:
    print('modified args', e.args)
def raise_class():
    raise KeyError
try:
    raise_class()
except KeyError as e:
    print('class raised -> instance', type(e).__name__, e.args)
try:
    raise 42
except TypeError as e:
    print('TypeError', e)
try:
    raise object
except TypeError as e:
    print('TypeError', e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise ValueError(1)
    finally:
        print('finally during propagation')
except ValueError as e:
    print('propagated through finally', e)
saved = None
try:
    raise OSError(2, 'No such thing')
except OSError as e:
    saved = e
try:
    raise saved
except OSError as e:
    print('raise saved instance later', e, e.errno, e.strerror, e is saved)
def gen_reraise():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen, re-raising')
        raise
g = gen_reraise()
next(g)
g.close()
print('generator closed cleanly')
try:
    exec('raise')
except RuntimeError as e:
    print('exec bare raise', e)
