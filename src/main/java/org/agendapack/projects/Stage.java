package org.agendapack.projects;

import java.util.Arrays;
import java.util.List;

/** A project's stage, as projects.csv writes it and as the report prints it. */
public enum Stage {
    AWAITING("awaiting", "Awaiting"), LIVE("live", "Live"), ON_HOLD("on-hold", "On hold"), CLOSED("closed", "Closed");

    private final String code;
    private final String word;

    Stage(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    public String word() {
        return word;
    }

    /** The stage a checked value names (an unknown one is a programming error: the field rules refuse it). */
    public static Stage of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no project stage " + code));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Stage::code).toList();
    }
}
