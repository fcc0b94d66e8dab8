"""Running programs and talking to them through pipes.

pys's subprocess sits on the native _pysproc module: children are started
by the host (Node's child_process), and every wait -- for a child, for a
line on a pipe, for communicate() -- parks only the calling Python thread.
The interface is the one documented at
https://docs.python.org/3.11/library/subprocess.html
"""

import sys
import _pysproc

__all__ = [
    "run", "CompletedProcess", "Popen", "call", "check_call", "check_output",
    "getoutput", "getstatusoutput", "PIPE", "STDOUT", "DEVNULL",
    "SubprocessError", "CalledProcessError", "TimeoutExpired",
]

PIPE = _pysproc.PIPE
STDOUT = _pysproc.STDOUT
DEVNULL = _pysproc.DEVNULL

# names other modules of the library look at
_mswindows = False
_USE_POSIX_SPAWN = False
_USE_VFORK = False


def _args_from_interpreter_flags():
    """The -W and -X options this interpreter was started with, as a child
    interpreter's command line would repeat them."""
    opts = ["-W" + w for w in sys.warnoptions]
    for key, value in getattr(sys, "_xoptions", {}).items():
        opts.append("-X" + key + ("" if value is True else "=" + value))
    return opts

_SIGNAL_NAMES = {num: name for name, num in vars(_pysproc).items()
                 if name.startswith("SIG") and not name.startswith("SIG_")
                 and type(num) is int}
_SIGNAL_NAMES.update({6: "SIGABRT", 17: "SIGCHLD", 29: "SIGIO"})


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A child run by check_call(), check_output() or run(check=True)
    ended with a nonzero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            name = _SIGNAL_NAMES.get(-code)
            if name is None:
                return f"Command '{self.cmd}' died with unknown signal {-code}."
            return f"Command '{self.cmd}' died with <Signals.{name}: {-code}>."
        return f"Command '{self.cmd}' returned non-zero exit status {code}."

    @property
    def stdout(self):
        """Same as output (the name run() uses)."""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """The time given to wait for a child ran out."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: the arguments, the returncode and, when they
    were captured, the output streams."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        parts = ["args=" + repr(self.args),
                 "returncode=" + repr(self.returncode)]
        for label in ("stdout", "stderr"):
            value = getattr(self, label)
            if value is not None:
                parts.append(label + "=" + repr(value))
        return type(self).__name__ + "(" + ", ".join(parts) + ")"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def check_returncode(self):
        """Raise CalledProcessError if the child failed."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args,
                                     self.stdout, self.stderr)


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    hook = getattr(type(p), "__fspath__", None)
    if hook is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__)
    return hook(p)


def _stream_arg(value):
    """A standard-stream argument as _pysproc.spawn takes it."""
    if value is None or type(value) is int or isinstance(value, _pysproc.PipeFile):
        return value
    if hasattr(type(value), "__index__"):
        return value.__index__()
    return value.fileno()


def _starts_session(preexec_fn):
    """preexec_fn cannot run in the child here (Node's spawn has no hook
    between fork and exec); the common os.setsid/os.setpgrp are honoured
    as start_new_session, other functions are not called."""
    return getattr(preexec_fn, "__name__", None) in ("setsid", "setpgrp")


class Popen:
    """A child process. With stdin/stdout/stderr=PIPE its streams are file
    objects of this one (text files with text=True, encoding or errors)."""

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False,
                 cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None,
                 extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin, self.stdout, self.stderr = None, None, None
        self._child = None
        self._talked = False
        if bufsize is None:
            bufsize = -1
        if not hasattr(type(bufsize), "__index__"):
            raise TypeError("bufsize must be an integer")
        both = None not in (text, universal_newlines)
        if both and bool(text) is not bool(universal_newlines):
            raise SubprocessError("Cannot disambiguate when both text "
                                  "and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode
        if encoding is None and self.text_mode:
            encoding = "UTF-8"

        if type(args) in (str, bytes) or isinstance(args, (bytes, str)):
            argv = [args]
        elif shell or not hasattr(args, "__fspath__"):
            argv = list(args)
        else:
            argv = [args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            argv[0] = executable or argv[0]
            executable = None
        argv = [_fspath(a) for a in argv]
        executable = None if executable is None else _fspath(executable)
        if cwd is not None:
            cwd = _fspath(cwd)
        if env is not None:
            env = {(_fspath(k)): _fspath(v) for k, v in env.items()}

        started = _pysproc.spawn(
            executable, argv, cwd, env, _stream_arg(stdin),
            _stream_arg(stdout), _stream_arg(stderr),
            encoding if self.text_mode else None,
            errors if self.text_mode else None, tuple(pass_fds),
            bool(start_new_session or process_group == 0
                 or _starts_session(preexec_fn)))
        self._child, self.pid, self.stdin, self.stdout, self.stderr = started

    def __repr__(self):
        text = "<%s: returncode: %s args: %r>" % (
            type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            if exc_type is not KeyboardInterrupt:
                self.wait()

    def poll(self):
        """The returncode if the child has ended, else None."""
        if self.returncode is None and self._child is not None:
            self.returncode = _pysproc.poll(self._child)
            if self.returncode is not None:
                _pysproc.release(self._child)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end and return its returncode; raise
        TimeoutExpired when timeout seconds pass first."""
        if self.returncode is None:
            code = _pysproc.wait(self._child, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
            _pysproc.release(self._child)
        return self.returncode

    def send_signal(self, sig):
        """Send signal sig to the child (nothing once it has ended)."""
        if self.poll() is None:
            _pysproc.send_signal(self._child, int(sig))

    def terminate(self):
        """Ask the child to stop: SIGTERM."""
        self.send_signal(_pysproc.SIGTERM)

    def kill(self):
        """Stop the child now: SIGKILL."""
        self.send_signal(_pysproc.SIGKILL)

    def communicate(self, input=None, timeout=None):
        """Send input to the child, read its output until end of file and
        wait for it to end; return (stdout, stderr) (None where not piped)."""
        if self._talked and input:
            raise ValueError("Cannot send input after starting communication")
        piped = [s for s in (self.stdin, self.stdout, self.stderr)
                 if s is not None]
        if timeout is None and not self._talked and len(piped) < 2:
            self._talked = True
            out = err = None
            if self.stdin:
                _pysproc.feed(self.stdin, input)
                _pysproc.drain([self.stdin])
            elif self.stdout is not None:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr is not None:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return out, err

        if timeout is not None:
            import time
            deadline = timeout + time.monotonic()
        if not self._talked:
            self._talked = True
            if self.stdin and not self.stdin.closed:
                _pysproc.feed(self.stdin, input)
        if not _pysproc.drain(piped, timeout):
            raise TimeoutExpired(self.args, timeout,
                                 _pysproc.peek(self.stdout),
                                 _pysproc.peek(self.stderr))
        out = err = None
        if self.stdout:
            out = None if self.stdout.closed else self.stdout.read()
            self.stdout.close()
        if self.stderr:
            err = None if self.stderr.closed else self.stderr.read()
            self.stderr.close()
        if timeout is None:
            self.wait()
        else:
            self.wait(max(deadline - time.monotonic(), 0))
        return out, err


def call(*popenargs, timeout=None, **kwargs):
    """Run a command, wait for it and return its returncode."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout)
        except BaseException:
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but a nonzero returncode raises CalledProcessError."""
    code = call(*popenargs, **kwargs)
    if code:
        command = kwargs.get("args")
        if command is None:
            command = popenargs[0]
        raise CalledProcessError(code, command)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return what it wrote to stdout; a nonzero
    returncode raises CalledProcessError."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        textual = (kwargs.get("universal_newlines") or kwargs.get("text")
                   or kwargs.get("encoding") or kwargs.get("errors"))
        kwargs["input"] = "" if textual else b""
    done = run(*popenargs, check=True, stdout=PIPE, timeout=timeout, **kwargs)
    return done.stdout


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    """Run a command to its end and return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except TimeoutExpired:
            # the exception carries what had been read; a grandchild may
            # still hold the pipes, so do not wait for their end
            proc.kill()
            proc.wait()
            raise
        except:
            proc.kill()
            raise
        code = proc.poll()
    if check and code:
        raise CalledProcessError(code, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, code, out, err)


def list2cmdline(seq):
    """Join arguments into one Windows command line (the quoting rules of
    the Microsoft C runtime)."""
    pieces = []
    for arg in map(_fspath, seq):
        if type(arg) is not str:
            arg = arg.decode()
        quote = not arg or " " in arg or "\t" in arg
        text = []
        slashes = 0
        for ch in arg:
            if ch == "\\":
                slashes += 1
                continue
            if ch == '"':
                text.append("\\" * (2 * slashes + 1) + '"')
            else:
                text.append("\\" * slashes + ch)
            slashes = 0
        if quote:
            text.append("\\" * (2 * slashes))
            pieces.append('"' + "".join(text) + '"')
        else:
            text.append("\\" * slashes)
            pieces.append("".join(text))
    return " ".join(pieces)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd in a shell; return (exitcode, output) with stderr joined to
    stdout and one trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, stderr=STDOUT, text=True,
                            errors=errors, encoding=encoding)
        status = 0
    except CalledProcessError as failed:
        data = failed.output
        status = failed.returncode
    if data.endswith("\n"):
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of getstatusoutput(cmd)."""
    status, output = getstatusoutput(cmd, encoding=encoding, errors=errors)
    return output
