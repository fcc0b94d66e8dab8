"""Calendar printing and date arithmetic
(https://docs.python.org/3.11/library/calendar.html).

Weeks start on Monday unless setfirstweekday() (or a Calendar's
firstweekday) says otherwise.  Month and day names are those of the C
locale.  Date arithmetic is done here on proleptic Gregorian ordinals, so
only the methods that hand out datetime.date objects (itermonthdates,
monthdatescalendar, yeardatescalendar) import datetime, on first use.
Not provided: LocaleTextCalendar, LocaleHTMLCalendar, different_locale and
the command-line interface (main).
"""

import sys
from operator import index as _index

__all__ = (
    "IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday "
    "isleap leapdays weekday monthrange monthcalendar prmonth month prcal "
    "calendar timegm month_name month_abbr day_name day_abbr Calendar "
    "TextCalendar HTMLCalendar weekheader "
    "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY").split()

# kept for old code that catches calendar.error
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2

# days per month in a common year; index 0 is a placeholder
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

EPOCH = 1970

_MINYEAR = 1
_MAXYEAR = 9999

# days before the first of each month in a common year
_BEFORE_MONTH = [0]
for _n in mdays[1:]:
    _BEFORE_MONTH.append(_BEFORE_MONTH[-1] + _n)
del _n


class _NameList:
    """Indexable names (month_name and friends): an int gives a str, a
    slice a list, as CPython's locale-aware sequences do."""

    def __init__(self, names):
        self._names = list(names)

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


class _localized_month(_NameList):
    pass


class _localized_day(_NameList):
    pass


_MONTHS = ("January February March April May June July August September "
           "October November December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

month_name = _localized_month([""] + _MONTHS)
month_abbr = _localized_month([""] + [m[:3] for m in _MONTHS])
day_name = _localized_day(_DAYS)
day_abbr = _localized_day([d[:3] for d in _DAYS])


def isleap(year):
    """True when year has a February 29th (Gregorian rules)."""
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def leapdays(y1, y2):
    """How many leap years there are from y1 up to, not including, y2
    (negative when y2 < y1)."""
    def upto(y):
        # leap years in [1, y]
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def _ordinal(year, month, day):
    """Day number of a valid date, 1 for 0001-01-01 (datetime's toordinal),
    with date()'s checks and messages."""
    year, month, day = _index(year), _index(month), _index(day)
    if not _MINYEAR <= year <= _MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _monthlen(year, month):
        raise ValueError("day is out of range for month")
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += _BEFORE_MONTH[month - 1] + (month > February and isleap(year))
    return days + day


_EPOCH_ORD = _ordinal(EPOCH, 1, 1)


def weekday(year, month, day):
    """Day of the week of a date: 0 for Monday up to 6 for Sunday."""
    if not _MINYEAR <= year <= _MAXYEAR:
        # the Gregorian calendar repeats every 400 years
        year = 2000 + year % 400
    # 0001-01-01 (ordinal 1) was a Monday
    return (_ordinal(year, month, day) + 6) % 7


def monthrange(year, month):
    """(weekday of the 1st, number of days) for a month; the weekday
    counts from 0 for Monday."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    return first, _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(seq, size):
    return [seq[k:k + size] for k in range(0, len(seq), size)]


class Calendar(object):
    """Month and year layouts as data (weeks of day numbers or dates);
    the subclasses turn them into text or HTML."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday  # 0 = Monday, 6 = Sunday

    def getfirstweekday(self):
        first = self._firstweekday
        return first % 7

    def setfirstweekday(self, firstweekday):
        # stored as given; the getter reduces it modulo 7
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday,
                            doc="The weekday (0 is Monday) weeks start on.")

    def iterweekdays(self):
        """The seven weekday numbers in display order."""
        first = self.firstweekday
        for k in range(7):
            yield (first + k) % 7

    def _padding(self, year, month):
        # (days shown from the month before, days in the month, days shown
        # from the month after) for whole weeks
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - ndays) % 7
        return lead, ndays, trail

    def itermonthdates(self, year, month):
        """datetime.date objects for the whole weeks covering a month
        (so some belong to the months around it)."""
        from datetime import date
        for ymd in self.itermonthdays3(year, month):
            yield date(*ymd)

    def itermonthdays(self, year, month):
        """Day numbers for the whole weeks covering a month, 0 for the
        days that belong to the months around it."""
        lead, ndays, trail = self._padding(year, month)
        for _ in range(lead):
            yield 0
        yield from range(1, ndays + 1)
        for _ in range(trail):
            yield 0

    def itermonthdays2(self, year, month):
        """As itermonthdays(), paired with weekday numbers."""
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for the whole weeks covering a month; works
        beyond the years datetime supports."""
        lead, ndays, trail = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - lead + 1, plen + 1):
            yield py, pm, d
        for dd in range(ndays):
            yield year, month, dd + 1
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """As itermonthdays3(), with the weekday number appended."""
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield ymd + (wd,)
            wd = (wd + 1) % 7

    def monthdatescalendar(self, year, month):
        """A month as a list of weeks of datetime.date objects."""
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """A month as a list of weeks of (day, weekday) pairs (day 0
        outside the month)."""
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """A month as a list of weeks of day numbers (0 outside the
        month)."""
        return _rows(list(self.itermonthdays(year, month)), 7)

    def _year(self, per_month, year, width):
        return _rows([per_month(year, m) for m in range(1, 13)], width)

    def yeardatescalendar(self, year, width=3):
        """The twelve monthdatescalendar() results, grouped in rows of
        `width` months."""
        return self._year(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """The twelve monthdays2calendar() results, grouped in rows of
        `width` months."""
        return self._year(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """The twelve monthdayscalendar() results, grouped in rows of
        `width` months."""
        return self._year(self.monthdayscalendar, year, width)


def _centered(items, width, gap):
    return (" " * gap).join(item.center(width) for item in items)


class TextCalendar(Calendar):
    """Calendars as plain text, laid out as the Unix cal program does."""

    def prweek(self, theweek, width):
        """Writes formatweek()'s text to stdout, without a newline."""
        sys.stdout.write(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        """One day cell: the number right-aligned in two columns, then
        centered in `width` (blank for day 0)."""
        return ("%2i" % day if day else "").center(width)

    def formatweek(self, theweek, width):
        """The cells of one week separated by single spaces."""
        return " ".join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday name cut to `width` and centered (full names from
        width 9 on)."""
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        """The weekday names of a week header line."""
        return " ".join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month name (and year) centered in `width`."""
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Writes formatmonth()'s text to stdout."""
        sys.stdout.write(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: title, weekday header and weeks, each line
        followed by `l` newlines; `w` is the width of a day column."""
        w = max(2, w)
        eol = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w))
        return "".join(line.rstrip() + eol for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text with `m` months side by side, `c` spaces
        between them."""
        w = max(2, w)
        eol = "\n" * max(1, l)
        c = max(2, c)
        colwidth = 7 * (w + 1) - 1
        out = [repr(theyear).center(m * colwidth + (m - 1) * c).rstrip(), eol]
        weekdays = self.formatweekheader(w)

        def line(cells):
            out.append(_centered(cells, colwidth, c).rstrip())
            out.append(eol)

        for r, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(r * m + 1, min(r * m + m, 12) + 1)
            out.append(eol)
            line([self.formatmonthname(theyear, k, colwidth, False) for k in months])
            line([weekdays] * len(months))
            for j in range(max(len(weeks) for weeks in row)):
                line([self.formatweek(weeks[j], w) if j < len(weeks) else ""
                      for weeks in row])
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Writes formatyear()'s text to stdout."""
        sys.stdout.write(self.formatyear(theyear, w, l, c, m))


class HTMLCalendar(Calendar):
    """Calendars as HTML tables (and whole XHTML pages); the CSS class
    names are class attributes that subclasses may change."""

    # day cells and weekday headers, Monday first
    cssclasses = [d.lower() for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")]
    cssclasses_weekday_head = cssclasses
    # cells of days outside the month
    cssclass_noday = "noday"
    # month tables and their title rows
    cssclass_month = cssclass_month_head = "month"
    # the year table and its title row
    cssclass_year = cssclass_year_head = "year"

    _TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

    def formatday(self, day, weekday):
        """One <td> cell (a non-breaking space for day 0)."""
        if day == 0:
            cls, text = self.cssclass_noday, "&nbsp;"
        else:
            cls, text = self.cssclasses[weekday], "%d" % day
        return '<td class="%s">%s</td>' % (cls, text)

    def formatweek(self, theweek):
        """One <tr> of day cells."""
        return "<tr>%s</tr>" % "".join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        """One <th> with a weekday abbreviation."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """The <tr> of weekday headers."""
        return "<tr>%s</tr>" % "".join([self.formatweekday(wd) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The title row of a month table."""
        title = month_name[themonth]
        if withyear:
            title = "%s %s" % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a <table>, one line per row."""
        parts = [self._TABLE % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        parts.append("</table>")
        return "\n".join(parts) + "\n"

    def formatyear(self, theyear, width=3):
        """A year as a <table> holding the month tables, `width` per row."""
        width = max(width, 1)
        out = [self._TABLE % self.cssclass_year, "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            cells = ["<td>%s</td>" % self.formatmonth(theyear, k, withyear=False)
                     for k in range(first, min(first + width, 13))]
            out.append("<tr>%s</tr>" % "".join(cells))
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A year as a whole XHTML page, encoded to bytes (characters the
        encoding lacks become character references)."""
        encoding = encoding or sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                '<html>\n', '<head>\n',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        head.append('<title>Calendar for %d</title>\n' % theyear)
        page = "".join(head) + "</head>\n<body>\n" + self.formatyear(theyear, width) + "</body>\n</html>\n"
        return page.encode(encoding, "xmlcharrefreplace")


# The module-level functions use one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Sets the weekday (0 Monday to 6 Sunday) the module's weeks start on."""
    if MONDAY <= firstweekday <= SUNDAY:
        c.firstweekday = firstweekday
    else:
        raise IllegalWeekdayError(firstweekday)


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

# spacing of month columns for multi-column years
_colwidth = 7 * 3 - 1         # amount printed by prweek()
_spacing = 6                  # number of spaces between columns


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols centered in columns of colwidth, joined by
    `spacing` spaces."""
    return _centered(cols, colwidth, spacing)


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints formatstring()'s line."""
    print(_centered(cols, colwidth, spacing))


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of
    time.gmtime; fields out of range carry over)."""
    y, mo, d, h, mi, s = tuple[:6]
    days = _ordinal(y, mo, 1) - _EPOCH_ORD + (d - 1)
    return ((days * 24 + h) * 60 + mi) * 60 + s
