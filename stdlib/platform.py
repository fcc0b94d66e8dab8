"""What the interpreter runs on: operating system, machine, Python version.

https://docs.python.org/3.11/library/platform.html

Written for pys. The machine facts come from the private _platform module
(the host layer); pys reports itself as CPython 3.11, whose language and
library it implements.
"""

import collections
import sys

_text = str

import _platform

__version__ = '1.0.8'

_cache = {}


def _remember(key, compute):
    if key not in _cache:
        _cache[key] = compute()
    return _cache[key]


# -- uname ---------------------------------------------------------------

_UnameBase = collections.namedtuple(
    'uname_result_base', 'system node release version machine')


class uname_result(_UnameBase):
    """uname() as a named tuple; the sixth item, processor, is looked up
    only when it is used (it may run a program)."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        found = self.__dict__.get('_processor')
        if found is None:
            found = _blank_unknown(_platform.processor())
            self.__dict__['_processor'] = found
        return found

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return 6

    def __getitem__(self, index):
        return tuple(self)[index]

    @classmethod
    def _make(cls, iterable):
        made = cls.__new__(cls, *iterable)
        if len(made) != 6:
            raise TypeError(f'Expected 5 arguments, got {len(made)}')
        return made

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


def _blank_unknown(text):
    return '' if text == 'unknown' else text


def uname():
    """(system, node, release, version, machine, processor) of this
    machine, as a named tuple; unknown values are ''."""
    def compute():
        fields = [_blank_unknown(v) for v in _platform.uname()]
        return uname_result(*fields)
    return _remember('uname', compute)


def system():
    """The operating system name, e.g. 'Linux', 'Darwin', 'Windows'."""
    return uname().system


def node():
    """The computer's network name (may be '')."""
    return uname().node


def release():
    """The operating system release, e.g. '6.1.0-13-amd64'."""
    return uname().release


def version():
    """The operating system's version string."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64' or 'arm64'."""
    return uname().machine


def processor():
    """The processor name ('' when the system does not say)."""
    return uname().processor


# -- the interpreter -----------------------------------------------------

def python_implementation():
    """'CPython': pys implements CPython 3.11's language and library."""
    return 'CPython'


def python_version():
    """'major.minor.micro' of the Python version implemented."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """(major, minor, micro) of the Python version, as strings."""
    return tuple(str(n) for n in sys.version_info[:3])


def _version_parts():
    # sys.version is 'X.Y.Z (build) [compiler]'
    text = sys.version
    build = compiler = ''
    if '(' in text and ')' in text:
        build = text[text.index('(') + 1:text.index(')')]
    if '[' in text and ']' in text:
        compiler = text[text.index('[') + 1:text.rindex(']')]
    return build, compiler


def python_build():
    """(build name, build date) of the interpreter."""
    build, _ = _version_parts()
    name, _, date = build.partition(',')
    return name.strip(), date.strip()


def python_compiler():
    """What the interpreter was built with."""
    return _version_parts()[1]


def python_branch():
    """The source branch the interpreter was built from ('' if unknown)."""
    return ''


def python_revision():
    """The source revision the interpreter was built from ('' if unknown)."""
    return ''


# -- composite descriptions ----------------------------------------------

def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter, e.g. ('64bit', 'ELF')."""
    if not bits:
        bits = '%dbit' % _platform.pointer_bits()
    if not linkage and _platform.os_platform() not in ('darwin', 'win32'):
        linkage = 'ELF'
    if not linkage and _platform.os_platform() == 'win32':
        linkage = 'WindowsPE'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library the interpreter runs with,
    e.g. ('glibc', '2.36'); the given defaults when unknown."""
    name, found = _platform.libc()
    if name:
        return name, found
    return lib, version


def system_alias(system, release, version):
    """(system, release, version) with the marketing names some systems
    use (SunOS 5 is Solaris 2, win32 is Windows)."""
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        head, dot, rest = release.partition('.')
        if head.strip().lstrip('+-').isdigit():
            release = _text(int(head) - 3) + dot + rest
        return 'Solaris', release, version
    if system in ('win32', 'win16'):
        return 'Windows', release, version
    return system, release, version


def _joined(*parts):
    # 'a-b-c' usable as a file name: odd characters become '-', words
    # 'unknown' vanish, dashes do not repeat or end the string
    text = '-'.join(p.strip() for p in parts if len(p))
    text = text.replace(' ', '_')
    for c in '/\\:;"()':
        text = text.replace(c, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=0, terse=0):
    """One human-readable string naming the platform, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36'; `terse` keeps only the system
    and release."""
    def compute():
        sysname, _, rel, ver, mach, proc = uname()
        if mach == proc:
            proc = ''
        if aliased:
            sysname, rel, ver = system_alias(sysname, rel, ver)
        if sysname == 'Linux':
            lib, libversion = libc_ver()
            return _joined(sysname, rel, mach, proc, 'with', lib + libversion)
        if terse:
            return _joined(sysname, rel)
        bits, linkage = architecture(sys.executable)
        return _joined(sysname, rel, mach, proc, bits, linkage)
    return _remember(('platform', bool(aliased), bool(terse)), compute)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """(release, versioninfo, machine) on macOS; the defaults elsewhere."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """(release, version, csd, ptype) on Windows; the defaults elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """The Java VM facts on Jython; the defaults elsewhere."""
    return release, vendor, vminfo, osinfo


# -- /etc/os-release -----------------------------------------------------

_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')


def _unquote_os_release(value):
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    out = []
    i = 0
    while i < len(value):
        c = value[i]
        if c == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            out.append(value[i + 1])
            i += 2
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.rstrip('\n')
        key, eq, value = line.partition('=')
        if not eq or not key or not all(
                c.isascii() and (c.isalnum() or c == '_') for c in key):
            continue
        info[key] = _unquote_os_release(value)
    return info


def freedesktop_os_release():
    """The fields of the freedesktop.org os-release file as a dict."""
    def compute():
        code = None
        for path in _os_release_candidates:
            try:
                with open(path, encoding='utf-8') as f:
                    return _parse_os_release(f)
            except OSError as e:
                code = e.errno
        raise OSError(code, 'Unable to read files '
                      + ', '.join(_os_release_candidates))
    return dict(_remember('os-release', compute))


if __name__ == '__main__':
    _args = sys.argv[1:]
    print(platform(aliased=not ('nonaliased' in _args or '--nonaliased' in _args),
                   terse='terse' in _args or '--terse' in _args))
