package dev.foresight.monitortrigger.fleet.file;

/**
 * One broken rule of a fleet file: where ({@code services[3].name}, {@code dependencies}) and
 * what, e.g. {@code "api" is declared twice (first at services[0])}.
 */
public record FleetError(String at, String message) {
    @Override
    public String toString() {
        return at + " " + message;
    }
}
