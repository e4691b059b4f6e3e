package dev.foresight.bench;

import dev.foresight.bench.loghub.LoghubBench;
import dev.foresight.bench.loghub.LoghubCvCommand;
import dev.foresight.bench.loghub.LoghubScoreCommand;
import dev.foresight.bench.m4.M4Bench;
import dev.foresight.bench.m4.M4ScoreCommand;
import dev.foresight.bench.nab.NabBench;
import dev.foresight.bench.nab.NabCvCommand;
import dev.foresight.bench.nab.NabScoreCommand;
import dev.foresight.bench.warning.EarlyWarningBench;
import java.util.Arrays;

/** Entry point of {@code ./foresight bench}: dispatches to one harness. */
public final class BenchMain {
    private static final String USAGE = """
            usage: foresight bench nab --data DIR --out DIR
                   foresight bench nab-cv --data DIR --labels FILE [--folds FILE] [--grid|--neighbours "name=v1,v2 ..."]
                       [--threshold optimised|alert-level]
                   foresight bench m4 --train FILE --out FILE
                   foresight bench loghub --data DIR --out DIR
                   foresight bench loghub-cv --data DIR
                   foresight bench warning (--data DIR --labels FILE | --synthetic N [--seed S]) [--out FILE]
                   foresight bench score nab --results DIR --labels FILE
                   foresight bench score m4 --forecast FILE --test FILE --train FILE
                   foresight bench score loghub RESULTS [--data DIR]
                   foresight bench jmh [JMH options]""";

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "nab" -> NabBench.main(rest);
            case "nab-cv" -> NabCvCommand.main(rest);
            case "m4" -> M4Bench.main(rest);
            case "loghub" -> LoghubBench.main(rest);
            case "loghub-cv" -> LoghubCvCommand.main(rest);
            case "warning" -> EarlyWarningBench.main(rest);
            case "score" -> {
                if (rest.length == 0) {
                    usage();
                }
                String[] scoreArgs = Arrays.copyOfRange(rest, 1, rest.length);
                switch (rest[0]) {
                    case "nab" -> NabScoreCommand.main(scoreArgs);
                    case "m4" -> M4ScoreCommand.main(scoreArgs);
                    case "loghub" -> LoghubScoreCommand.main(scoreArgs);
                    default -> usage();
                }
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println(USAGE);
        System.exit(2);
    }
}
