package dev.foresight.cli;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Gives each command that asks for it (a constructor taking {@link CliContext}) the shared context. */
final class ContextFactory implements IFactory {
    private final CliContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    ContextFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            return cls.getDeclaredConstructor(CliContext.class).newInstance(context);
        } catch (NoSuchMethodException noContext) {
            return fallback.create(cls);
        }
    }
}
