# __init_subclass__ and __set_name__ hooks
class PluginBase:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        PluginBase.registry.append(cls.plugin_name)
        print('  registered', cls.plugin_name)
class Alpha(PluginBase):
    pass
class Beta(PluginBase, name='custom-beta'):
    pass
class Gamma(Alpha):
    pass
print('registry', PluginBase.registry)
print('attrs', Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print('base itself not registered', hasattr(PluginBase, 'plugin_name'))
try:
    class Bad(PluginBase, unknown=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    class Plain:
        pass
    class Bad2(Plain, option=True):
        pass
except TypeError as e:
    print('TypeError', e)
class Validated:
    required = ()
    def __init_subclass__(cls):
        for attr in cls.required:
            if not hasattr(cls, attr):
                raise TypeError(f'{cls.__name__} missing {attr}')
class NeedsRun(Validated):
    required = ('run',)
    def run(self): pass
try:
    class Broken(NeedsRun):
        run = None
        required = ('run', 'stop')
except TypeError as e:
    print('TypeError', e)
class Field:
    def __set_name__(self, owner, name):
        print(f'  __set_name__ {owner.__name__}.{name}')
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    title = Field()
    body = Field()
m = Model()
m.title = 'Hello'
print('fields', m.title, m.body, Model.title.name)
class Later:
    pass
f = Field()
Later.added = f
print('__set_name__ not called on setattr', hasattr(f, 'name'))
f.__set_name__(Later, 'added')
class Order:
    def __set_name__(self, owner, name):
        print('  set_name', name, 'class exists:', owner.__name__)
class Host:
    a = Order()
    b = Order()
    def __init_subclass__(cls):
        print('  Host init_subclass for', cls.__name__)
class SubHost(Host):
    c = Order()
print('init_subclass is implicit classmethod', type(Host.__dict__['__init_subclass__']).__name__)
class Same:
    x = y = Field()
