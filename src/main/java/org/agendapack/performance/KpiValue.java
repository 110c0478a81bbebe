package org.agendapack.performance;

import java.math.BigDecimal;

/** One value of one metric for one organisation in one month; {@code value} null when not supplied. */
public record KpiValue(String month, String organisation, String metric, BigDecimal value, long line) {
}
