package org.agendapack.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void oneIsSingularAndThousandsAreSeparated() {
        assertThat(Counts.of(1, "paper")).isEqualTo("1 paper");
        assertThat(Counts.of(0, "error")).isEqualTo("0 errors");
        assertThat(Counts.of(12, "warning")).isEqualTo("12 warnings");
        assertThat(Counts.of(1024, "page")).isEqualTo("1,024 pages");
    }
}
