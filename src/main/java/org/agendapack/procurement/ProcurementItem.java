package org.agendapack.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One procurement; supplier, value and expected award null when not given. */
public record ProcurementItem(String reference, String title, List<String> organisations, String stage, String route,
        String supplier, BigDecimal value, LocalDate expectedAward, String update, long line) {
}
