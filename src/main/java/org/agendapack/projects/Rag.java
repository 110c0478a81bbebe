package org.agendapack.projects;

import java.util.List;

/** A project's red / amber / green status, as projects.csv writes it and as the report prints it. */
public enum Rag implements CodedWord {
    GREEN("green", "Green"), AMBER("amber", "Amber"), RED("red", "Red");

    private final String code;
    private final String word;

    Rag(String code, String word) {
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

    public static Rag of(String code) {
        return CodedWord.of(Rag.class, code);
    }

    public static List<String> codes() {
        return CodedWord.codes(Rag.class);
    }
}
