package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agendapack.problem.Problem;
import org.junit.jupiter.api.Test;

/** Each field rule on one record: the typed value, or an error naming file, line, field, value and a valid example. */
class FieldRulesTest {

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void aValidRecordGivesTypedValuesAndNoProblems() {
        FieldRules rules = rules("month", "2018-06", "when", "2018-10-16", "value", "12.5", "rag", "amber");
        assertThat(rules.month("month")).isEqualTo(YearMonth.of(2018, 6));
        assertThat(rules.date("when")).isEqualTo(LocalDate.of(2018, 10, 16));
        assertThat(rules.decimal("value")).isEqualByComparingTo("12.5");
        assertThat(rules.oneOf("rag", List.of("red", "amber", "green"))).isEqualTo("amber");
        assertThat(rules.checked(() -> "row").row()).isEqualTo("row");
        assertThat(problems).isEmpty();
    }

    @Test
    void aMonthNotWrittenYyyyMmIsAnErrorWithAnExample() {
        assertThat(rules("month", "2018-6").month("month")).isNull();
        assertThat(only().describe()).isEqualTo(
                "kpi-months.csv line 7, field \"month\", value \"2018-6\": a month must be YYYY-MM, for example 2018-06");
    }

    @Test
    void anImpossibleDateIsAnError() {
        assertThat(rules("when", "2018-02-30").date("when")).isNull();
        assertThat(only().rule()).isEqualTo("a date must be YYYY-MM-DD, for example 2018-10-16");
    }

    @Test
    void numbersRefuseCommasUnitsAndTooManyDigits() {
        FieldRules rules = rules("a", "1,000", "b", "12%", "c", "1234567890123456", "d", "0.123456789");
        assertThat(rules.decimal("a")).isNull();
        assertThat(rules.decimal("b")).isNull();
        assertThat(rules.decimal("c")).isNull();
        assertThat(rules.decimal("d")).isNull();
        assertThat(problems).extracting(Problem::field).containsExactly("a", "b", "c", "d");
        assertThat(problems.get(0).rule()).contains("no commas or units");
        assertThat(problems.get(2).rule()).contains("at most 15 digits");
        assertThat(problems.get(3).rule()).contains("at most 8");
    }

    @Test
    void anEmptyRequiredFieldAndAValueOutsideTheListAreErrorsAndRejectTheRecord() {
        FieldRules rules = rules("title", "", "rag", "purple");
        assertThat(rules.required("title")).isNull();
        assertThat(rules.oneOf("rag", List.of("red", "amber", "green"))).isNull();
        assertThat(problems).extracting(Problem::rule)
                .containsExactly("required and must not be empty", "must be one of red, amber, green");
        assertThat(rules.checked(() -> "never built").isRejected()).isTrue();
    }

    @Test
    void aWarningKeepsTheRecord() {
        FieldRules rules = rules("value", "5");
        rules.warning("value", "5", "looks low");
        assertThat(rules.checked(() -> BigDecimal.ONE).isRejected()).isFalse();
        assertThat(only().isError()).isFalse();
    }

    private FieldRules rules(String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new FieldRules(SourceRecord.of("kpi-months.csv", 7, null, fields), problems);
    }

    private Problem only() {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
