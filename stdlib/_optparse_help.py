"""Help-text formatters for optparse (HelpFormatter and its two layouts).

Kept apart from optparse.py so that each file stays small; optparse re-exports
every public name defined here.
https://docs.python.org/3.11/library/optparse.html#printing-a-version-string
"""
from __future__ import annotations

import os
import textwrap

# An option given no default has this marker (distinct from a default of None).
NO_DEFAULT = ("NO", "DEFAULT")


def _columns_from_env() -> int:
    # optparse 3.11 reads $COLUMNS itself (not shutil); 2 columns stay free.
    try:
        cols = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        cols = 80
    return cols - 2


def _spaces(n: int) -> str:
    return " " * n if n > 0 else ""


class HelpFormatter:
    """Base of the help layouts: tracks indentation and the help column."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment: int, max_help_position: int,
                 width: int | None, short_first: bool | int) -> None:
        if width is None:
            width = _columns_from_env()
        self.parser = None
        self.indent_increment = indent_increment
        self.width = width
        limit = min(max_help_position, max(width - 20, 2 * indent_increment))
        self.max_help_position = limit
        self.help_position = limit
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt = "%s %s"
        self._long_opt_fmt = "%s=%s"

    def set_parser(self, parser: OptionParser) -> None:
        self.parser = parser

    def set_short_opt_delimiter(self, delim: str) -> None:
        if delim != "" and delim != " ":
            raise ValueError(
                "invalid metavar delimiter for short options: %r" % (delim,))
        self._short_opt_fmt = "%s" + delim + "%s"

    def set_long_opt_delimiter(self, delim: str) -> None:
        if delim != "=" and delim != " ":
            raise ValueError(
                "invalid metavar delimiter for long options: %r" % (delim,))
        self._long_opt_fmt = "%s" + delim + "%s"

    def indent(self) -> None:
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self) -> None:
        self.level -= 1
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def format_usage(self, usage: str | None) -> str:
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading: str) -> str:
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text: str) -> str:
        """Fill a free-form paragraph at the current indentation."""
        pad = _spaces(self.current_indent)
        room = max(11, self.width - self.current_indent)
        return textwrap.fill(text, room, initial_indent=pad,
                             subsequent_indent=pad)

    def format_description(self, description: str | None) -> str:
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog: str | None) -> str:
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option: Option) -> str:
        """The option's help with the default tag replaced by its default."""
        tag = self.default_tag
        if self.parser is None or not tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is None or value is NO_DEFAULT:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(tag, str(value))

    def format_option(self, option: Option) -> str:
        """One option's entry: its strings, then help from help_position on,
        on the same line when the strings fit before that column."""
        strings = self.option_strings[option]
        indent = self.current_indent
        room = self.help_position - indent - 2
        if len(strings) > room:
            out = [_spaces(indent) + strings + "\n"]
            first_pad = self.help_position
        else:
            out = [_spaces(indent) + strings.ljust(room) + "  "]
            first_pad = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            out.append(_spaces(first_pad) + lines[0] + "\n")
            rest_pad = _spaces(self.help_position)
            for line in lines[1:]:
                out.append(rest_pad + line + "\n")
        elif not out[0].endswith("\n"):
            out.append("\n")
        return "".join(out)

    def store_option_strings(self, parser: OptionParser):
        """Compute every option's strings, then the help column and width."""
        widest = 0
        self.indent()
        containers = [(parser, 0)] + [(g, 1) for g in parser.option_groups]
        for container, depth in containers:
            if depth:
                self.indent()
            for opt in container.option_list:
                text = self.format_option_strings(opt)
                self.option_strings[opt] = text
                widest = max(widest, self.current_indent + len(text))
            if depth:
                self.dedent()
        self.dedent()
        self.help_position = min(self.max_help_position, widest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option: Option) -> str:
        """The option's strings, comma-separated, each with its metavar."""
        shorts = list(option._short_opts)
        longs = list(option._long_opts)
        if option.takes_value():
            mv = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, mv) for s in shorts]
            longs = [self._long_opt_fmt % (s, mv) for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Section bodies indented under 'Heading:' lines (the default)."""

    def __init__(self, indent_increment: int = 2,
                 max_help_position: int = 24, width: int | None = None,
                 short_first: bool | int = 1) -> None:
        super().__init__(indent_increment, max_help_position, width,
                         short_first)

    def format_usage(self, usage: str | None) -> str:
        return "Usage: %s\n" % (usage,)

    def format_heading(self, heading: str) -> str:
        return _spaces(self.current_indent) + "%s:\n" % (heading,)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' (top level) or '-' (groups)."""

    def __init__(self, indent_increment: int = 0,
                 max_help_position: int = 24, width: int | None = None,
                 short_first: bool | int = 0) -> None:
        super().__init__(indent_increment, max_help_position, width,
                         short_first)

    def format_usage(self, usage: str | None) -> str:
        return self.format_heading("Usage") + "  %s\n" % (usage,)

    def format_heading(self, heading: str) -> str:
        rule = "=-"[self.level] * len(heading)
        return heading + "\n" + rule + "\n"
