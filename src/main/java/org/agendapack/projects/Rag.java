package org.agendapack.projects;

import java.util.Arrays;
import java.util.List;

/** A project's red / amber / green status, as projects.csv writes it and as the report prints it. */
public enum Rag {
    GREEN("green", "Green"), AMBER("amber", "Amber"), RED("red", "Red");

    private final String code;
    private final String word;

    Rag(String code, String word) {
        this.code = code;
        this.word = word;
    }

    public String code() {
        return code;
    }

    public String word() {
        return word;
    }

    /** The status a checked value names (an unknown one is a programming error: the field rules refuse it). */
    public static Rag of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no RAG status " + code));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Rag::code).toList();
    }
}
