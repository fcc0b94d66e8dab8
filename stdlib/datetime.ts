// datetime: dates, times, intervals and time zones, natively as CPython's
// _datetime module provides them (https://docs.python.org/3.11/library/datetime.html).
// The types are built when the module is first imported.

import { PyModule } from '../src/objects/module';
import { tuple } from '../src/objects/tuple';
import { DT, MINYEAR, MAXYEAR } from './datetime_core';
import { setupDelta } from './datetime_delta';
import { setupDate } from './datetime_date';
import { setupTime } from './datetime_time';
import { setupTz } from './datetime_tz';
import { setupDateTime } from './datetime_dt';

/** Creates the datetime module. */
export function init(): PyModule {
  const m = new PyModule('datetime');
  const d = m.dict;
  d.setS('__doc__', 'Fast implementation of the datetime type.');
  setupDelta();
  setupTz();
  setupDate();
  setupTime();
  setupDateTime();
  d.setS('MINYEAR', MINYEAR);
  d.setS('MAXYEAR', MAXYEAR);
  d.setS('timedelta', DT.timedelta);
  d.setS('date', DT.date);
  d.setS('time', DT.time);
  d.setS('datetime', DT.datetime);
  d.setS('tzinfo', DT.tzinfo);
  d.setS('timezone', DT.timezone);
  // datetime.UTC is new in 3.11 (an alias of timezone.utc)
  d.setS('UTC', DT.utc);
  d.setS('__all__', tuple(['date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC']));
  return m;
}
