package org.agendapack.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agendapack.render.UkDates;

/**
 * One part of a scrutiny recommendation with the Cabinet Member's assessment.
 *
 * @param part a single letter, or empty for a recommendation without parts
 * @param anticipated the anticipated completion date as given (YYYY-MM or YYYY-MM-DD), or null
 */
public record Recommendation(String id, String part, String recommendation, String responsibility, String due,
        int assessment, String anticipated, String assessmentNote, String evidence, long line) {

    /** The six categories of the scrutiny tracking process, 1-based. */
    public static final List<String> CATEGORIES = List.of("Achieved (Fully)", "Achieved (Late)",
            "Not Achieved (Progress Made)", "Not Achieved (Obstacle)", "Not Achieved (Insufficient Progress)",
            "In Progress");

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_NAME = Pattern.compile(
            "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    /** "R01b", or "R02" for a recommendation without parts. */
    public String ref() {
        return id + part;
    }

    /** The last day an anticipated date (YYYY-MM means the end of that month) stands for; null if none or invalid. */
    public static LocalDate endOf(String date) {
        if (date == null || date.isEmpty()) {
            return null;
        }
        try {
            if (DATE.matcher(date).matches()) {
                return LocalDate.parse(date);
            }
            if (MONTH.matcher(date).matches()) {
                return YearMonth.parse(date).atEndOfMonth();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** The original due date, only when the text is "Month YYYY", YYYY-MM or YYYY-MM-DD; otherwise null. */
    public static LocalDate dueDate(String due) {
        if (due == null) {
            return null;
        }
        String d = due.strip();
        Matcher m = MONTH_NAME.matcher(d);
        if (m.matches()) {
            String name = m.group(1).substring(0, 1).toUpperCase(Locale.UK) + m.group(1).substring(1).toLowerCase(Locale.UK);
            return YearMonth.parse(name + " " + m.group(2), UkDates.MONTH_YEAR).atEndOfMonth();
        }
        return endOf(d);
    }

    /** "April 2016" or "30 April 2016". */
    public static String formatAnticipated(String date) {
        LocalDate end = endOf(date);
        if (end == null) {
            return date;
        }
        return MONTH.matcher(date).matches() ? UkDates.MONTH_YEAR.format(end)
                : UkDates.DATE.format(end);
    }

    /** What is worth a second look about a part's progress. */
    public enum Finding { NO_ANTICIPATED_DATE, OVERDUE, DUE_DATE_PASSED }

    public List<Finding> findings(LocalDate meetingDate) {
        List<Finding> found = new ArrayList<>(2);
        boolean achieved = assessment == 1 || assessment == 2;
        if ((assessment == 3 || assessment == 5) && (anticipated == null || anticipated.isEmpty())) {
            found.add(Finding.NO_ANTICIPATED_DATE);
        }
        LocalDate end = endOf(anticipated);
        if (!achieved && end != null && meetingDate != null && end.isBefore(meetingDate)) {
            found.add(Finding.OVERDUE);
        }
        LocalDate dueBy = dueDate(due);
        if (assessment == 6 && dueBy != null && meetingDate != null && dueBy.isBefore(meetingDate)) {
            found.add(Finding.DUE_DATE_PASSED);
        }
        return found;
    }

    /** The findings in the officer's words: warnings of the build (empty if nothing). */
    public List<String> attention(LocalDate meetingDate) {
        return findings(meetingDate).stream().map(f -> switch (f) {
            case NO_ANTICIPATED_DATE -> "category " + assessment + " (" + CATEGORIES.get(assessment - 1).replace(" (", " \u2013 ").replace(")", "")
                    + ") but no anticipated completion date given";
            case OVERDUE -> "overdue: the anticipated completion date " + formatAnticipated(anticipated)
                    + " has passed by the meeting date";
            case DUE_DATE_PASSED -> "category 6 (In Progress) but the original date for completion (" + due.strip()
                    + ") has passed";
        }).toList();
    }

    /** The findings in members' words, for a report that asks to show them. */
    public List<String> toNote(LocalDate meetingDate) {
        return findings(meetingDate).stream().map(f -> switch (f) {
            case NO_ANTICIPATED_DATE -> "no anticipated completion date has been given";
            case OVERDUE -> "the anticipated completion date (" + formatAnticipated(anticipated) + ") has passed";
            case DUE_DATE_PASSED -> "the original date for completion (" + due.strip() + ") has passed and it is still in progress";
        }).toList();
    }
}
