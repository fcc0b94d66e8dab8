# logging: shutdown() runs at exit (atexit), flushing then closing live
# handlers newest first; errors in flush/close of OSError/ValueError are ignored
import atexit
import logging
import sys

class Noisy(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def emit(self, record):
        print(self.tag, "emit", record.getMessage())
    def flush(self):
        print(self.tag, "flush")
    def close(self):
        print(self.tag, "close")
        super().close()

class Broken(logging.Handler):
    def emit(self, record):
        pass
    def flush(self):
        raise ValueError("I/O operation on closed file")

a = Noisy("first")
b = Noisy("second")
Broken()
log = logging.getLogger("sd")
log.addHandler(a)
log.addHandler(b)
log.warning("hello")

@atexit.register
def before():
    # registered after logging's own handler, so it runs first
    print("user atexit handler runs before logging.shutdown")

# an explicit shutdown of one handler list
c = Noisy("explicit")
import weakref
logging.shutdown([weakref.ref(c)])
print("end of program")
