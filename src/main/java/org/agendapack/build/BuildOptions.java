package org.agendapack.build;

/**
 * Options of one build.
 *
 * @param strict warnings are errors
 * @param force build again even if these inputs were already built
 * @param padding blank pages so each item starts on a right-hand page (off: a screen-only pack)
 */
public record BuildOptions(boolean strict, boolean force, boolean padding) {

    public static final BuildOptions DEFAULT = new BuildOptions(false, false, true);
}
