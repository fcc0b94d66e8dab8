"""Configuring logging from a configparser file (fileConfig) or from a
dictionary (dictConfig).

https://docs.python.org/3.11/library/logging.config.html
"""

import io
import os
import re
import sys

import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT, RESET_ERROR = 9030, 104   # ECONNRESET

IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.IGNORECASE)


def valid_ident(s):
    """True for a Python identifier, else ValueError."""
    if IDENTIFIER.match(s) is None:
        raise ValueError(f'Not a valid Python identifier: {s!r}')
    return True


def _resolve(name):
    """The object a dotted name designates, importing modules as needed."""
    parts = name.split('.')
    dotted = parts[0]
    obj = __import__(dotted)
    for part in parts[1:]:
        dotted += '.' + part
        if not hasattr(obj, part):
            __import__(dotted)
        obj = getattr(obj, part)
    return obj


def _names(text):
    return [piece.strip() for piece in text.split(",")]


def _clearExistingHandlers():
    """Close and forget every handler before a new configuration."""
    logging._handlers.clear()
    every = logging._handlerList
    logging.shutdown(list(every))
    every.clear()


def _handle_existing_loggers(existing, child_loggers,
                             disable_existing):
    # loggers the new configuration does not mention: children of a
    # configured logger are reset to inherit, the rest disabled (or not)
    table = logging.root.manager.loggerDict
    for name in existing:
        node = table[name]
        if name in child_loggers:
            if not isinstance(node, logging.PlaceHolder):
                node.setLevel(logging.NOTSET)
                node.handlers = []
                node.propagate = True
        else:
            node.disabled = disable_existing


def _children_of(name, existing):
    # existing is sorted: the descendants of `name` follow it
    prefix = name + "."
    return [other for other in existing[existing.index(name) + 1:]
            if other.startswith(prefix)]


# -- fileConfig ----------------------------------------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True,
               encoding=None):
    """Configure from an INI file (or an open file, or a ready parser) with
    [loggers], [handlers] and [formatters] sections."""
    import configparser

    if type(fname) is str:
        if not os.path.exists(fname):
            raise FileNotFoundError("%s doesn't exist" % fname)
        if os.path.getsize(fname) == 0:
            raise RuntimeError("%s is an empty file" % fname)
    parser = fname
    if not isinstance(parser, configparser.RawConfigParser):
        parser = configparser.ConfigParser(defaults)
        try:
            if not hasattr(fname, 'readline'):
                if hasattr(io, 'text_encoding'):
                    encoding = io.text_encoding(encoding)
                parser.read(fname, encoding=encoding)
            else:
                parser.read_file(fname)
        except configparser.ParsingError as problem:
            raise RuntimeError("%s is invalid: %s" % (fname, problem))
    made_formatters = _create_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        made_handlers = _install_handlers(parser, made_formatters)
        _install_loggers(parser, made_handlers, disable_existing_loggers)


def _create_formatters(cp):
    keys = cp["formatters"]["keys"]
    made = {}
    if not keys:
        return made
    for name in _names(keys):
        sect = "formatter_%s" % name
        fmt = cp.get(sect, "format", raw=True, fallback=None)
        datefmt = cp.get(sect, "datefmt", raw=True, fallback=None)
        style = cp.get(sect, "style", raw=True, fallback='%')
        cls_name = cp[sect].get("class")
        factory = _resolve(cls_name) if cls_name else logging.Formatter
        made[name] = factory(fmt, datefmt, style)
    return made


def _install_handlers(cp, formatters):
    keys = cp["handlers"]["keys"]
    made = {}
    if not keys:
        return made
    targets = []
    # args= and kwargs= are Python expressions evaluated in the namespace
    # of the logging package (so sys, StreamHandler ... are visible)
    scope = vars(logging)
    for name in _names(keys):
        sect = cp["handler_%s" % name]
        cls_text = sect["class"]
        try:
            klass = eval(cls_text, scope)
        except (AttributeError, NameError):
            klass = _resolve(cls_text)
        args = eval(sect.get("args", '()'), scope)
        kwargs = eval(sect.get("kwargs", '{}'), scope)
        handler = klass(*args, **kwargs)
        handler.name = name
        if "level" in sect:
            handler.setLevel(sect["level"])
        fmt_name = sect.get("formatter", "")
        if fmt_name:
            handler.setFormatter(formatters[fmt_name])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = sect.get("target", "")
            if target:
                targets.append((handler, target))
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _install_loggers(cp, handlers, disable_existing):
    names = _names(cp["loggers"]["keys"])
    names.remove("root")
    root = logging.root
    _apply_section(root, cp["logger_root"], handlers)
    existing = sorted(root.manager.loggerDict)
    children = []
    for name in names:
        sect = cp["logger_%s" % name]
        qualname = sect["qualname"]
        target = logging.getLogger(qualname)
        if qualname in existing:
            children.extend(_children_of(qualname, existing))
            existing.remove(qualname)
        _apply_section(target, sect, handlers)
        target.propagate = sect.getint("propagate", fallback=1)
        target.disabled = 0
    _handle_existing_loggers(existing, children, disable_existing)


def _apply_section(target, sect, handlers):
    # level and handlers of one [logger_...] section
    if "level" in sect:
        target.setLevel(sect["level"])
    for old in list(target.handlers):
        target.removeHandler(old)
    listed = sect["handlers"]
    for hname in (_names(listed) if listed else ()):
        target.addHandler(handlers[hname])


# -- dictConfig ----------------------------------------------------------------

class ConvertingMixin(object):
    """Values read from a converting container pass through the
    configurator (ext:// and cfg:// strings, nested containers)."""

    def _adopt(self, key, result):
        if type(result) in _CONVERTING:
            result.parent = self
            if key is not None:
                result.key = key
        return result

    def convert_with_key(self, key, value, replace=True):
        changed = self.configurator.convert(value)
        if changed is value:
            return value
        if replace:
            self[key] = changed
        return self._adopt(key, changed)

    def convert(self, value):
        changed = self.configurator.convert(value)
        return value if changed is value else self._adopt(None, changed)

    def _item(self, key):
        # __getitem__ of the three containers; tuples are never updated
        raw = self._base.__getitem__(self, key)
        return self.convert_with_key(key, raw, self._base is not tuple)


class ConvertingDict(dict, ConvertingMixin):
    _base = dict
    __getitem__ = ConvertingMixin._item

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        raw = dict.pop(self, key, default)
        return self.convert_with_key(key, raw, replace=False)


class ConvertingList(list, ConvertingMixin):
    _base = list
    __getitem__ = ConvertingMixin._item

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    _base = tuple
    __getitem__ = ConvertingMixin._item


_CONVERTING = (ConvertingDict, ConvertingList, ConvertingTuple)


class BaseConfigurator(object):
    """Resolution of dotted names and of ext:// / cfg:// references."""

    # patterns: a converter reference, then the steps of a cfg:// path
    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN, DOT_PATTERN = (re.compile(r'^\s*(\w+)\s*'),
                                 re.compile(r'^\.\s*(\w+)\s*'))
    INDEX_PATTERN, DIGIT_PATTERN = (re.compile(r'^\[\s*(\w+)\s*\]\s*'),
                                    re.compile(r'^\d+$'))

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    importer = staticmethod(__import__)

    def __init__(self, config):
        root = ConvertingDict(config)
        root.configurator = self
        self.config = root

    def resolve(self, s):
        """The object named by the dotted path `s`."""
        parts = s.split('.')
        dotted = parts.pop(0)
        try:
            obj = self.importer(dotted)
            for part in parts:
                dotted = dotted + '.' + part
                if not hasattr(obj, part):
                    self.importer(dotted)
                obj = getattr(obj, part)
        except ImportError as failure:
            raise ValueError('Cannot resolve %r: %s' % (s, failure)) from failure
        return obj

    ext_convert = resolve

    def cfg_convert(self, value):
        """Follow a path like 'handlers.console[0]' inside the config."""
        first = self.WORD_PATTERN.match(value)
        if not first:
            raise ValueError("Unable to convert %r" % value)
        node = self.config[first.group(1)]
        rest = value[first.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest) or self.INDEX_PATTERN.match(rest)
            if step is None:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            key = step.group(1)
            if step.re is self.INDEX_PATTERN and self.DIGIT_PATTERN.match(key):
                try:
                    node = node[int(key)]
                except TypeError:
                    node = node[key]
            else:
                node = node[key]
            rest = rest[step.end():]
        return node

    def convert(self, value):
        """Wrap containers so their items convert on access; apply the
        ext:// and cfg:// converters to strings."""
        if isinstance(value, str):
            ref = self.CONVERT_PATTERN.match(value)
            method = ref and self.value_converters.get(ref.group('prefix'))
            return getattr(self, method)(ref.group('suffix')) if method else value
        for plain, wrapper in ((dict, ConvertingDict), (list, ConvertingList),
                               (tuple, ConvertingTuple)):
            if isinstance(value, plain):
                if isinstance(value, wrapper) or hasattr(value, '_fields'):
                    return value     # already wrapped, or a namedtuple
                wrapped = wrapper(value)
                wrapped.configurator = self
                return wrapped
        return value

    def _instantiate(self, factory, config):
        # keyword arguments are the identifier keys; '.' holds attributes
        # to set on the result afterwards
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        attrs = config.pop('.', None) or {}
        try:
            result = factory(**kwargs)
        except TypeError as problem:
            # handlers written for Python 2.6 call the stream 'strm'
            if not self._retry_strm or "'stream'" not in str(problem):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        for attr in attrs:
            setattr(result, attr, attrs[attr])
        return result

    _retry_strm = False

    def configure_custom(self, config):
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        return self._instantiate(factory, config)

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _wrapped(message, action, *args):
    try:
        return action(*args)
    except Exception as exc:
        raise ValueError(message) from exc


class DictConfigurator(BaseConfigurator):
    """Applies a dictionary in the dictConfig schema (version 1)."""

    def configure(self):
        cfg = self.config
        if 'version' not in cfg:
            raise ValueError("dictionary doesn't specify a version")
        version = cfg['version']
        if version != 1:
            raise ValueError("Unsupported version: %s" % version)
        step = (self._configure_incremental if cfg.pop('incremental', False)
                else self._configure_full)
        with logging._lock:
            step(cfg)

    def _configure_incremental(self, cfg):
        # only levels change
        known = logging._handlers
        wanted = cfg.get('handlers') or {}
        for name in wanted:
            if name not in known:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = wanted[name].get('level')
                if level:
                    known[name].setLevel(logging._checkLevel(level))
            except Exception as exc:
                raise ValueError('Unable to configure handler %r'
                                 % name) from exc
        self._loggers_and_root(cfg, True)

    def _loggers_and_root(self, cfg, incremental, existing=None):
        loggers = cfg.get('loggers') or {}
        children = []
        for name in loggers:
            if existing is not None and name in existing:
                children.extend(_children_of(name, existing))
                existing.remove(name)
            _wrapped('Unable to configure logger %r' % name,
                     self.configure_logger, name, loggers[name], incremental)
        if existing is not None:
            _handle_existing_loggers(existing, children, self._disable)
        root_cfg = cfg.get('root')
        if root_cfg:
            _wrapped('Unable to configure root logger',
                     self.configure_root, root_cfg, incremental)

    def _configure_full(self, cfg):
        self._disable = cfg.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        for section, build in (('formatters', self.configure_formatter),
                               ('filters', self.configure_filter)):
            table = cfg.get(section) or {}
            for name in table:
                table[name] = _wrapped('Unable to configure %s %r'
                                       % (section[:-1], name),
                                       build, table[name])
        handlers = cfg.get('handlers') or {}
        later = []
        for name in sorted(handlers):
            try:
                self._make_handler(handlers, name)
            except Exception as exc:
                # a MemoryHandler whose target comes later in the order
                if 'target not configured yet' in str(exc.__cause__):
                    later.append(name)
                else:
                    raise ValueError('Unable to configure handler %r'
                                     % name) from exc
        for name in later:
            _wrapped('Unable to configure handler %r' % name,
                     self._make_handler, handlers, name)
        existing = sorted(logging.root.manager.loggerDict)
        self._loggers_and_root(cfg, False, existing)

    def _make_handler(self, handlers, name):
        made = self.configure_handler(handlers[name])
        made.name = name
        handlers[name] = made

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as exc:
                if "'format'" not in str(exc):
                    raise
                # older custom formatters take fmt= rather than format=
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        cls_name = config.get('class')
        klass = _resolve(cls_name) if cls_name else logging.Formatter
        args = [config.get('format'), config.get('datefmt'),
                config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return klass(*args)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for item in filters:
            try:
                usable = callable(item) or callable(getattr(item, 'filter', None))
                filterer.addFilter(item if usable
                                   else self.config['filters'][item])
            except Exception as exc:
                raise ValueError('Unable to add filter %r' % item) from exc

    def _memory_target(self, config, saved):
        name = config['target']
        try:
            found = self.config['handlers'][name]
            if not isinstance(found, logging.Handler):
                config.update(saved)     # configured again on a second pass
                raise TypeError('target not configured yet')
        except Exception as exc:
            raise ValueError('Unable to set target handler %r' % name) from exc
        config['target'] = found

    def configure_handler(self, config):
        saved = dict(config)
        fmt_name = config.pop('formatter', None)
        fmt = None
        if fmt_name:
            try:
                fmt = self.config['formatters'][fmt_name]
            except Exception as exc:
                raise ValueError('Unable to set formatter %r'
                                 % fmt_name) from exc
        level, filters = config.pop('level', None), config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            if (issubclass(factory, logging.handlers.MemoryHandler)
                    and 'target' in config):
                self._memory_target(config, saved)
        self._retry_strm = True
        try:
            made = self._instantiate(factory, config)
        finally:
            self._retry_strm = False
        if fmt:
            made.setFormatter(fmt)
        if level is not None:
            made.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(made, filters)
        return made

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as exc:
                raise ValueError('Unable to add handler %r' % name) from exc

    def common_logger_config(self, logger, config, incremental=False):
        """Level (always), then handlers and filters (unless incremental)
        of the root or of a named logger."""
        if config.get('level') is not None:
            logger.setLevel(logging._checkLevel(config.get('level')))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        for key, attach in (('handlers', self.add_handlers),
                            ('filters', self.add_filters)):
            listed = config.get(key)
            if listed:
                attach(logger, listed)

    def configure_logger(self, name, config, incremental=False):
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        target.disabled = False
        if config.get('propagate') is not None:
            target.propagate = config.get('propagate')

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from the dictionary `config`."""
    dictConfigClass(config).configure()


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """Not available in pys (no socket server yet)."""
    raise NotImplementedError("logging.config.listen() is not supported")


def stopListening():
    pass
