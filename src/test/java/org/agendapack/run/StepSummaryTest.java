package org.agendapack.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepSummaryTest {

    @Test
    void anIngestStepSaysRowOrRowsWithThousandsSeparated() {
        assertThat(StepSummary.rowsRead(1, 0)).isEqualTo("1 row read, 0 rejected");
        assertThat(StepSummary.rowsRead(17280, 2)).isEqualTo("17,280 rows read, 2 rejected");
        assertThat(StepSummary.rowsRead(0, 1)).isEqualTo("0 rows read, 1 rejected");
    }
}
