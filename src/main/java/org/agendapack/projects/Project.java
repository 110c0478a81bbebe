package org.agendapack.projects;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One project of the work plan; dates and percent null when not given. */
public record Project(String id, String name, String organisation, String stage, String rag, LocalDate start,
        LocalDate plannedEnd, LocalDate forecastEnd, BigDecimal percentComplete, String manager, String update,
        long line) {
}
