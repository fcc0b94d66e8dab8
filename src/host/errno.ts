// Linux errno numbers and their strerror() texts, for OSError messages.

import * as os from 'node:os';

export const ERRNO: Record<string, number> = { ...(os.constants.errno as any) };

const MESSAGES: Record<string, string> = {
  EPERM: 'Operation not permitted', ENOENT: 'No such file or directory', ESRCH: 'No such process',
  EINTR: 'Interrupted system call', EIO: 'Input/output error', ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long', ENOEXEC: 'Exec format error', EBADF: 'Bad file descriptor',
  ECHILD: 'No child processes', EAGAIN: 'Resource temporarily unavailable', ENOMEM: 'Cannot allocate memory',
  EACCES: 'Permission denied', EFAULT: 'Bad address', EBUSY: 'Device or resource busy', EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link', ENODEV: 'No such device', ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory', EINVAL: 'Invalid argument', ENFILE: 'Too many open files in system',
  EMFILE: 'Too many open files', ENOTTY: 'Inappropriate ioctl for device', EFBIG: 'File too large',
  ENOSPC: 'No space left on device', ESPIPE: 'Illegal seek', EROFS: 'Read-only file system',
  EMLINK: 'Too many links', EPIPE: 'Broken pipe', EDOM: 'Numerical argument out of domain',
  ERANGE: 'Numerical result out of range', EDEADLK: 'Resource deadlock avoided', ENAMETOOLONG: 'File name too long',
  ENOLCK: 'No locks available', ENOSYS: 'Function not implemented', ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links', ENOTSOCK: 'Socket operation on non-socket',
  EADDRINUSE: 'Address already in use', EADDRNOTAVAIL: 'Cannot assign requested address',
  ENETUNREACH: 'Network is unreachable', ECONNABORTED: 'Software caused connection abort',
  ECONNRESET: 'Connection reset by peer', ENOTCONN: 'Transport endpoint is not connected',
  ETIMEDOUT: 'Connection timed out', ECONNREFUSED: 'Connection refused', EHOSTUNREACH: 'No route to host',
  EALREADY: 'Operation already in progress', EINPROGRESS: 'Operation now in progress', ENOTSUP: 'Operation not supported',
  EOPNOTSUPP: 'Operation not supported', EAFNOSUPPORT: 'Address family not supported by protocol',
  EPROTONOSUPPORT: 'Protocol not supported', EDESTADDRREQ: 'Destination address required', EMSGSIZE: 'Message too long',
  ENOBUFS: 'No buffer space available', EISCONN: 'Transport endpoint is already connected', ETXTBSY: 'Text file busy',
};

export function strerror(code: string): string {
  return MESSAGES[code] ?? `Unknown error ${ERRNO[code] ?? ''}`.trim();
}

/** strerror(n) for an errno number. */
export function strerrorNum(n: number): string {
  for (const k of Object.keys(ERRNO)) if (ERRNO[k] === n) return strerror(k);
  return `Unknown error ${n}`;
}

export function errnoOf(code: string): number {
  return ERRNO[code] ?? 0;
}
