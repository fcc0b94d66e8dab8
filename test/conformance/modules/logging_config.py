# logging.config: fileConfig (args evaluated, formatters, levels, propagate,
# disable_existing_loggers) and dictConfig (formatters, filters, handlers,
# ext:// and cfg://, MemoryHandler targets, incremental, errors)
import logging
import logging.config
import logging.handlers
import io
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
logpath = os.path.join(tmp, "app.log")
ini = os.path.join(tmp, "log.ini")
old = logging.getLogger("legacy")
oldchild = logging.getLogger("app.old")
with open(ini, "w") as f:
    f.write("""
[loggers]
keys=root,app,app_net

[handlers]
keys=out,applog

[formatters]
keys=plain,brace

[logger_root]
level=NOTSET
handlers=

[logger_app]
level=INFO
propagate=0
qualname=app
handlers=out,applog

[logger_app_net]
level=ERROR
propagate=1
qualname=app.net
handlers=

[handler_out]
class=StreamHandler
level=WARNING
formatter=plain
args=(sys.stdout,)

[handler_applog]
class=FileHandler
level=NOTSET
formatter=brace
args=('%(logfile)s', 'w')

[formatter_plain]
format=%(levelname)-8s %(name)s %(message)s
datefmt=

[formatter_brace]
format={levelname}|{name}|{message}
style={
""")
logging.config.fileConfig(ini, defaults={"logfile": logpath})
app = logging.getLogger("app")
net = logging.getLogger("app.net")
print(app.level, app.propagate, [h.name for h in app.handlers], net.level, net.propagate)
print(old.disabled, oldchild.disabled, logging.root.level, logging.root.handlers)
print([type(h).__name__ for h in app.handlers], app.handlers[0].level)
app.info("info goes to file only")
app.warning("warning goes to both")
net.warning("filtered by app.net level")
net.error("net error")
app.handlers[1].flush()
with open(logpath) as f:
    print(f.read(), end="")
print(sorted(logging._handlers.keys()))
logging.config.fileConfig(ini, defaults={"logfile": logpath}, disable_existing_loggers=False)
print(old.disabled)

# a parser object and a file object are accepted too
import configparser
cp = configparser.ConfigParser()
cp.read_string("""
[loggers]
keys=root
[handlers]
keys=
[formatters]
keys=
[logger_root]
level=DEBUG
handlers=
""")
logging.config.fileConfig(cp)
print(logging.root.level, logging.root.handlers, app.disabled)
for name, body in (("missing.ini", None), ("empty.ini", ""), ("broken.ini", "[loggers]\nnot an option line\n"),
                   ("nosections.ini", "[other]\nx=1\n")):
    path = os.path.join(tmp, name)
    if body is not None:
        with open(path, "w") as f:
            f.write(body)
    try:
        logging.config.fileConfig(path)
    except (KeyError, RuntimeError, FileNotFoundError) as e:
        print(type(e).__name__, str(e).replace(tmp, "TMP"))
with open(ini) as f:
    logging.config.fileConfig(f, defaults={"logfile": logpath})
print([h.name for h in app.handlers])

# dictConfig
class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True
def make_formatter(fmt):
    return logging.Formatter("custom:" + fmt)
cfg = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "short": {"format": "%(levelname)s %(name)s: %(message)s"},
        "custom": {"()": make_formatter, "fmt": "%(message)s"},
        "brace": {"format": "{name}/{message}", "style": "{"},
    },
    "filters": {
        "only_db": {"name": "svc.db"},
        "upper": {"()": Upper},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "short", "level": "DEBUG"},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10,
                "target": "console2", "flushLevel": 40},
        "console2": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                     "formatter": "custom", "filters": ["upper"]},
        "brace": {"class": "logging.StreamHandler", "stream": "cfg://handlers.console.stream",
                  "formatter": "brace", ".": {"terminator": " <end>\n"}},
    },
    "loggers": {
        "svc": {"level": "INFO", "handlers": ["console"], "propagate": False},
        "svc.db": {"level": "DEBUG", "handlers": ["mem"], "filters": ["only_db"]},
        "br": {"handlers": ["brace"], "propagate": 0},
    },
    "root": {"level": "WARNING", "handlers": []},
}
logging.config.dictConfig(cfg)
svc = logging.getLogger("svc")
db = logging.getLogger("svc.db")
print(svc.level, db.level, type(db.handlers[0]).__name__, db.handlers[0].target.name)
svc.debug("hidden")
svc.info("svc info")
db.debug("db debug buffered")
db.error("db error flushes")
logging.getLogger("br").warning("brace")
print(logging.getLogger("legacy").disabled)

# incremental changes levels only
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"svc": {"level": "DEBUG"}}})
print(svc.level, logging._handlers["console"].level)
svc.warning("now below the console level")

# errors
bad_configs = [
    {},
    {"version": 2},
    {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
    {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
    {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
    {"version": 1, "root": {"level": "LOUD"}},
    {"version": 1, "incremental": True, "handlers": {"ghost": {}}},
    {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bad-key": 1}}},
]
for c in bad_configs:
    try:
        logging.config.dictConfig(c)
        print("no error")
    except (ValueError, ImportError) as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__ if e.__cause__ else None)
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("1bad")
except ValueError as e:
    print("ValueError", e)
