package org.agendapack.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A line of a trend chart in words, for its alt text and for the reader in a hurry: "Overall SLA Performance
 * fell in Eastfield from 79.79 % in June to 73.58 % in September." First and last value of the months
 * shown; months without a value are named rather than passed over in silence.
 */
final class TrendSentence {

    private TrendSentence() {
    }

    /**
     * @param measure the metric, e.g. "Overall SLA Performance"
     * @param where the organisation
     * @param months the months' names as the sentence says them ("June", or "June 2018" across years)
     * @param values one per month, null where none was supplied
     * @param format a value as the sentence says it
     */
    static String of(String measure, String where, List<String> months, List<BigDecimal> values,
            Function<BigDecimal, String> format) {
        List<Integer> known = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            if (values.get(i) != null) {
                known.add(i);
            } else {
                missing.add(months.get(i));
            }
        }
        if (known.isEmpty()) {
            return measure + " has no values for " + where + " in these months.";
        }
        int first = known.get(0);
        int last = known.get(known.size() - 1);
        BigDecimal from = values.get(first);
        BigDecimal to = values.get(last);
        String sentence;
        if (known.size() == 1) {
            sentence = measure + " in " + where + " was " + format.apply(from) + " in " + months.get(first);
        } else if (to.compareTo(from) == 0 && known.stream().allMatch(i -> values.get(i).compareTo(from) == 0)) {
            sentence = measure + " was unchanged in " + where + " at " + format.apply(from) + " from "
                    + months.get(first) + " to " + months.get(last);
        } else if (to.compareTo(from) == 0) {
            // Back where it started, but not flat: "unchanged" would hide the months between.
            sentence = measure + " in " + where + " was " + format.apply(from) + " in both " + months.get(first)
                    + " and " + months.get(last);
        } else {
            sentence = measure + (to.compareTo(from) > 0 ? " rose" : " fell") + " in " + where + " from "
                    + format.apply(from) + " in " + months.get(first) + " to " + format.apply(to) + " in " + months.get(last);
        }
        if (!missing.isEmpty()) {
            sentence += " (no value for " + and(missing) + ")";
        }
        return sentence + ".";
    }

    /** "July", "July and August", "June, July and August". */
    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
