package org.agendapack.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A stage or RAG status is one of its kind or nothing: a typo no longer prints as Green or Closed. */
class StageAndRagTest {

    @Test
    void eachCodeHasItsWordAndAnUnknownCodeIsRefused() {
        assertThat(Stage.of("on-hold").word()).isEqualTo("On hold");
        assertThat(Stage.codes()).containsExactly("awaiting", "live", "on-hold", "closed");
        assertThat(Rag.of("amber").word()).isEqualTo("Amber");
        assertThat(Rag.codes()).containsExactly("green", "amber", "red");
        assertThatThrownBy(() -> Rag.of("gren")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stage.of("clsoed")).isInstanceOf(IllegalArgumentException.class);
    }
}
