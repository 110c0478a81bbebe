package org.agendapack.run;

/**
 * Options of one build.
 *
 * @param strict warnings are errors
 * @param force build again even if these inputs were already built
 * @param padding blank pages so each item starts on a right-hand page (off: a screen-only pack)
 * @param requireConformance a supplied PDF that is not PDF/A or not tagged is an error, not a warning (the
 *        pack must be PDF/A-2a and PDF/UA-1)
 */
public record BuildOptions(boolean strict, boolean force, boolean padding, boolean requireConformance) {

    public static final BuildOptions DEFAULT = new BuildOptions(false, false, true, false);

    /** The same options, forced. */
    public BuildOptions forced() {
        return new BuildOptions(strict, true, padding, requireConformance);
    }

    /** Options that accept a non-conforming supplied PDF (with a warning). */
    public BuildOptions(boolean strict, boolean force, boolean padding) {
        this(strict, force, padding, false);
    }
}
