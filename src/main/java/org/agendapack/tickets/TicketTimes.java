package org.agendapack.tickets;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Reads an export's date-times fast, without java.time objects per value: ISO ({@code 2018-06-03 14:22:10},
 * {@code 2018-06-03T14:22}, with optional fraction and offset {@code Z} / {@code +01:00}) or day-first UK
 * ({@code 03/06/2018 14:22:10}, {@code 3-6-2018 14:22}). A value without an offset is in the export's zone.
 * Each value gives its instant (seconds since the epoch, for comparing resolved with logged and due) and its
 * Europe/London month (for counting).
 */
final class TicketTimes {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ZoneId zone;
    private final boolean zoneIsLondon;
    private final Offsets source;
    private final Offsets london = new Offsets(LONDON);

    /** After a successful {@link #parse}: the instant and the London month (year * 12 + month - 1). */
    long instant;
    int month;

    TicketTimes(ZoneId zone) {
        this.zone = zone;
        this.zoneIsLondon = zone.normalized().equals(LONDON);
        this.source = new Offsets(zone);
    }

    /** What a valid value looks like, for the problems. */
    static final String RULE = "a date-time must be YYYY-MM-DD HH:MM[:SS] (or with a T, and an offset such as Z or +01:00), "
            + "or day first, DD/MM/YYYY HH:MM[:SS], for example 2018-06-03 14:22:10";

    boolean parse(String s) {
        int n = s.length();
        if (n < 12) {
            return false;
        }
        int y;
        int mo;
        int d;
        int i;
        if (s.charAt(4) == '-' && n >= 15) {
            y = digits(s, 0, 4);
            mo = digits(s, 5, 7);
            d = digits(s, 8, 10);
            if (s.charAt(7) != '-' || (s.charAt(10) != ' ' && s.charAt(10) != 'T')) {
                return false;
            }
            i = 11;
        } else {
            // Day first: d/M/yyyy or d-M-yyyy, day and month of one or two digits.
            int a = s.charAt(1) == '/' || s.charAt(1) == '-' ? 1 : 2;
            char sep = s.charAt(a);
            if (sep != '/' && sep != '-') {
                return false;
            }
            d = digits(s, 0, a);
            int b = s.charAt(a + 2) == sep ? a + 2 : a + 3;
            if (b >= n || s.charAt(b) != sep) {
                return false;
            }
            mo = digits(s, a + 1, b);
            if (b + 5 >= n) {
                return false;
            }
            y = digits(s, b + 1, b + 5);
            if (s.charAt(b + 5) != ' ') {
                return false;
            }
            i = b + 6;
        }
        // Hours of one or two digits, then minutes, then optional seconds and fraction.
        int colon = i + 1 < n && s.charAt(i + 1) == ':' ? i + 1 : i + 2;
        if (colon + 3 > n || s.charAt(colon) != ':') {
            return false;
        }
        int h = digits(s, i, colon);
        int mi = digits(s, colon + 1, colon + 3);
        int se = 0;
        i = colon + 3;
        if (i < n && s.charAt(i) == ':') {
            if (i + 3 > n) {
                return false;
            }
            se = digits(s, i + 1, i + 3);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
            }
        }
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59
                || se < 0 || se > 59) {
            return false;
        }
        long local = daysFromCivil(y, mo, d) * 86_400L + h * 3600L + mi * 60L + se;
        if (i == n) {
            if (zoneIsLondon) {
                instant = source.toInstant(local);
                month = y * 12 + mo - 1;
                return true;
            }
            instant = source.toInstant(local);
        } else {
            int offset;
            char c = s.charAt(i);
            if (c == 'Z' && i + 1 == n) {
                offset = 0;
            } else if ((c == '+' || c == '-') && (n - i == 6 && s.charAt(i + 3) == ':' || n - i == 5 || n - i == 3)) {
                int oh = digits(s, i + 1, i + 3);
                int om = n - i == 3 ? 0 : digits(s, n - 2, n);
                if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                    return false;
                }
                offset = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return false;
            }
            instant = local - offset;
        }
        long londonLocal = instant + london.offsetAt(instant);
        month = monthOf(Math.floorDiv(londonLocal, 86_400L));
        return true;
    }

    /** The month (year * 12 + month - 1) of a day counted from 1970-01-01. */
    static int monthOf(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return (int) (y * 12 + m - 1);
    }

    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
    }

    private static int monthLength(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number written in s[from, to), or -1 if any of it is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A zone's offsets, remembered between its transitions (tickets come roughly in time order). */
    static final class Offsets {
        private final ZoneId zone;
        private final ZoneRules rules;
        private long from = 1;
        private long to = 0;
        private int offset;

        Offsets(ZoneId zone) {
            this.zone = zone;
            this.rules = zone.getRules();
        }

        int offsetAt(long instant) {
            if (instant >= from && instant < to) {
                return offset;
            }
            Instant i = Instant.ofEpochSecond(instant);
            offset = rules.getOffset(i).getTotalSeconds();
            if (rules.isFixedOffset()) {
                from = Long.MIN_VALUE;
                to = Long.MAX_VALUE;
            } else {
                ZoneOffsetTransition before = rules.previousTransition(i.plusSeconds(1));
                ZoneOffsetTransition after = rules.nextTransition(i);
                from = before == null ? Long.MIN_VALUE : before.toEpochSecond();
                to = after == null ? Long.MAX_VALUE : after.toEpochSecond();
            }
            return offset;
        }

        /** The instant of a local date-time (seconds as if UTC); in a gap or an overlap, as java.time decides. */
        long toInstant(long local) {
            int guess = offsetAt(local - offset);
            long instant = local - guess;
            if (offsetAt(instant) == guess) {
                return instant;
            }
            return LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC).atZone(zone).toEpochSecond();
        }
    }
}
