package dev.foresight.monitortrigger.fleet.file;

/** A document that is not YAML at all (or repeats a key): where the reader stopped and why. */
public record FleetSyntaxError(int line, int column, String reason) {
    @Override
    public String toString() {
        return "line " + line + ", column " + column + ": " + reason;
    }
}
