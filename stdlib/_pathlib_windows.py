"""Windows path syntax for pathlib.PureWindowsPath (pys): splitting off
the drive and root, and the reserved device names."""

_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')


def split(text):
    """(drive, root, rest) of a Windows path: 'c:', '\\\\host\\share' or
    an extended '\\\\?\\' prefix for the drive; the root is '\\' or ''."""
    text = text.replace('/', '\\')
    prefix = ''
    if text[:2] == '\\\\' and text[2:4] == '?\\':
        prefix, text = text[:4], text[4:]
        if text[:4] == 'UNC\\':
            prefix, text = prefix + 'UNC', '\\' + text[3:]
    if text[:2] == '\\\\' and text[2:3] != '\\':
        # \\host\share\rest: the drive is the host and the share
        host_end = text.find('\\', 2)
        if host_end != -1:
            share_end = text.find('\\', host_end + 1)
            if share_end != host_end + 1:
                if share_end == -1:
                    share_end = len(text)
                drive = prefix + text[1:share_end] if prefix else text[:share_end]
                return drive, '\\', text[share_end + 1:]
    drive = ''
    if text[1:2] == ':' and text[:1] in _LETTERS:
        drive, text = text[:2], text[2:]
    if text[:1] == '\\':
        return prefix + drive, '\\', text.lstrip('\\')
    return prefix + drive, '', text


# names Windows gives to devices, in any directory and with any extension
DEVICES = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'] +
    [kind + digit for kind in ('COM', 'LPT') for digit in '123456789\xb9\xb2\xb3'])
