# fromisoformat of date, time and datetime: the 3.11 formats (basic, week
# dates, Z, offsets with fractions, any separator) and the error messages
from datetime import date, datetime


def show(f, s):
    try:
        print(ascii(s), "->", repr(f(s)))
    except Exception as e:
        print(ascii(s), "->", type(e).__name__, e)


print("date.fromisoformat:")
for s in ["2021-01-01", "20210101", "2021-W01-1", "2021W011", "2021W01", "2021-W01", "2021-W53-1", "2020-W53-7",
          "2021-01", "2021-1-01", "2021-02-30", "2021-13-01", "0000-01-01", "2021-01-01T00:00", "2021-01-01 ",
          " 2021-01-01", "+2021-01-01", "2021-W011", "2021W01-1", "9999-W52-7", "\uff12\uff10\uff12\uff11-01-01", 20210101]:
    show(date.fromisoformat, s)

print("datetime.fromisoformat:")
for s in ["2020-01-01T01:02:03", "2020-01-01 01:02:03.123", "2020-01-01T01:02:03.1234567", "2020-01-01T01:02:03,5",
          "2020-01-01T01", "2020-01-01T0102", "2020-01-01T010203", "20200101T010203Z", "2020-01-01T01:02:03+05",
          "2020-01-01T01:02:03+0530", "2020-01-01T01:02:03-05:30:15", "2020-01-01T01:02:03+05:30:15.123",
          "2020-01-01T01:02:03Z", "2020-01-01T01:02:03+00:00", "2020-01-01T01:02:03-00:00", "2020-01-01T24:00",
          "2020-01-01T01:02:03 ", "2020-01-01", "2020-W01-1T01:02", "2020-01-01X01:02", "2020-01-01\u00e901:02",
          "2020-01-01\U0001F60001:02", "2020-01-01T01:02:03.", "2020-01-01T01:02:03+", "2020-01-01T01:02:03+24:00",
          "2020-01-01T1:02", "2020-01-01T01:02:3", "2020-01-01T01:02:03+1", "2020-01-01T01:02:60",
          "2020-01-01T25:02", "2020-01-01T01:02Z", "2020-01-01T01:02:03z", "2020-01-01T01:02:03.1234+03",
          "2020-01-01t01:02", "2020-0101", "202001-01", "2020-01-01T01:0203", "2020-01-01T01:02.5",
          "2020-01-01T12.5", "2020-01-01T12:00:00.+01", "2020-01-01T12-01", "2020-W01-12:00", "2020-W01-1200",
          "2020W01123", "2020W011234", "2020W0112345", "2020W01T12", "2020-01-01T", "2020", "2020-W01-",
          "0000-W01-1", "2020-01-01T01:02:03+05:60", "2020-01-01T01:02:03+25:00", "2020-01-01T01:02:03Zxx",
          "2020-01-01T01:02:03+00:00:00.5", 5]:
    show(datetime.fromisoformat, s)

print("round trips:")
for x in [datetime(2020, 5, 6, 7, 8, 9, 123456), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
        s = x.isoformat(timespec=spec)
        print(s, datetime.fromisoformat(s) == x.replace(microsecond=x.microsecond if spec in ("auto", "microseconds") else
                                                        x.microsecond // 1000 * 1000 if spec == "milliseconds" else 0,
                                                        second=x.second if spec not in ("hours", "minutes") else 0,
                                                        minute=x.minute if spec != "hours" else 0))
