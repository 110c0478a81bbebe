package org.agendapack.render;

/** A count and its noun as a person writes them: "1 error", "30 warnings", "17,280 rows". */
public final class Counts {

    private Counts() {
    }

    public static String of(long n, String noun) {
        return String.format("%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
