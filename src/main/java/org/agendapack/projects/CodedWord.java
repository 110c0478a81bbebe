package org.agendapack.projects;

import java.util.Arrays;
import java.util.List;

/** A value projects.csv writes as a code ("on-hold") and the report prints as a word ("On hold"). */
interface CodedWord {

    String code();

    String word();

    /** The constant a checked value names (an unknown one is a programming error: the field rules refuse it). */
    static <E extends Enum<E> & CodedWord> E of(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " " + code));
    }

    static <E extends Enum<E> & CodedWord> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CodedWord::code).toList();
    }
}
