package org.agendapack.projects;

import java.util.List;

/** A project's stage, as projects.csv writes it and as the report prints it. */
public enum Stage implements CodedWord {
    AWAITING("awaiting", "Awaiting"), LIVE("live", "Live"), ON_HOLD("on-hold", "On hold"), CLOSED("closed", "Closed");

    private final String code;
    private final String word;

    Stage(String code, String word) {
        this.code = code;
        this.word = word;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String word() {
        return word;
    }

    public static Stage of(String code) {
        return CodedWord.of(Stage.class, code);
    }

    public static List<String> codes() {
        return CodedWord.codes(Stage.class);
    }
}
