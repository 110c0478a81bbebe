package org.agendapack.render;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as UK council papers write them, in one place so every paper and message agrees. */
public final class UkDates {

    /** "Tuesday 16 October 2018": meetings and deadlines. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** "16 October 2018". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** "16 Oct 2018": dates in table cells. */
    public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** "October 2018". */
    public static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private UkDates() {
    }
}
