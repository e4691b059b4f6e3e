package dev.foresight.alertroute.notify;

import dev.foresight.alertroute.alert.AlertView;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;

/** The fan-out stage: picks the receivers a new alert goes to. */
@ApplicationScoped
public class FanOut {
    private final List<Receiver> receivers;

    public FanOut(@All List<Receiver> receivers) {
        this.receivers = receivers.stream().sorted(Comparator.comparing(Receiver::name)).toList();
    }

    public List<Receiver> all() {
        return receivers;
    }

    public List<Receiver> select(AlertView alert) {
        return receivers.stream().filter(r -> r.accepts(alert)).toList();
    }
}
