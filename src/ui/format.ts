import { addDays, differenceInMinutes, format, isSameDay } from 'date-fns';

/** "10:30", "tomorrow 10:30" or "Monday 10:30", relative to `now`. */
export function describeWhen(t: number, now: number): string {
  const time = format(t, 'HH:mm');
  if (isSameDay(t, now)) return time;
  if (isSameDay(t, addDays(now, 1))) return `tomorrow ${time}`;
  return `${format(t, 'EEEE')} ${time}`;
}

/** "in 45 min", "in 1 h 30 min"; empty past half a day, where the day and time say enough. */
export function describeWait(t: number, now: number): string {
  const minutes = differenceInMinutes(t, now, { roundingMethod: 'ceil' });
  if (minutes < 1) return 'any moment now';
  if (minutes >= 12 * 60) return '';
  if (minutes < 60) return `in ${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `in ${h} h` : `in ${h} h ${m} min`;
}
