package org.agendapack.cli;

import java.nio.file.Path;

import org.springframework.util.ClassUtils;

/**
 * What Spring's AOT engine runs when the jar is packaged ({@code spring-boot:process-aot}, see pom.xml): the
 * command line's batch context, stopped before it starts, so that its bean definitions are recorded as code
 * ({@code AotBatchContext__ApplicationContextInitializer}). A command started by {@code ./agendapack} then
 * registers them directly instead of scanning the classes and evaluating every condition
 * ({@link SpringCommands}): a third of a cold build's start-up.
 */
public final class AotBatchContext {

    /** The JVM property ./agendapack sets when the jar it runs was packaged with the recorded context. */
    static final String ENABLED = "agendapack.spring-aot";

    private AotBatchContext() {
    }

    /** Whether these classes were packaged with the recorded definitions (not with -Dagendapack.aot.skip). */
    public static boolean recorded() {
        return ClassUtils.isPresent(AotBatchContext.class.getName() + "__ApplicationContextInitializer",
                AotBatchContext.class.getClassLoader());
    }

    public static void main(String[] args) {
        // The same properties as a build (a database URL makes the same pooled data source); nothing is opened.
        SpringCommands.application(false).run(
                SpringCommands.throwaway(Path.of(args.length > 0 ? args[0] : "output"), "aot").toArray(String[]::new));
    }
}
