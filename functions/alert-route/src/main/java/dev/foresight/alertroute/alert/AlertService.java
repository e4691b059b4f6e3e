package dev.foresight.alertroute.alert;

import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.dispatch.MuteSources;
import dev.foresight.alertroute.dedup.DedupWindow;
import dev.foresight.alertroute.intake.AlertEnding;
import dev.foresight.alertroute.intake.AlertIntake;
import dev.foresight.alertroute.intake.ForesightAlerts;
import dev.foresight.alertroute.severity.Severity;
import dev.foresight.alertroute.severity.SeverityRules;
import dev.foresight.shared.fleet.ServiceRepository;
import dev.foresight.shared.alert.AlertEntity;
import dev.foresight.shared.alert.AlertRepository;
import dev.foresight.shared.alert.NotificationRepository;
import dev.foresight.shared.input.InputRules;
import dev.foresight.shared.problem.Problem;
import dev.foresight.shared.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Foresight's alert API: a prediction is classified by severity, becomes an Alertmanager alert
 * and enters the same intake as Prometheus' alerts; listing, acknowledging and resolving.
 */
@ApplicationScoped
public class AlertService {
    static final int MAX_LIMIT = 500;

    private final MuteSources muteSources;
    private final RunningConfig config;
    private final AlertIntake intake;
    private final AlertEnding ending;
    private final SeverityRules severityRules;
    private final DedupWindow window;
    private final ServiceRepository services;
    private final AlertRepository alerts;
    private final NotificationRepository notifications;
    private final AlertMemory memory;
    private final int maxLabels;
    private final boolean requireRegisteredService;

    public AlertService(AlertIntake intake, AlertEnding ending, SeverityRules severityRules, DedupWindow window,
            ServiceRepository services, AlertRepository alerts, NotificationRepository notifications, AlertRouteConfig config,
            MuteSources muteSources, RunningConfig running, AlertMemory memory) {
        this.memory = memory;
        this.muteSources = muteSources;
        this.config = running;
        this.intake = intake;
        this.ending = ending;
        this.severityRules = severityRules;
        this.window = window;
        this.services = services;
        this.alerts = alerts;
        this.notifications = notifications;
        this.maxLabels = config.intake().maxLabels();
        this.requireRegisteredService = config.intake().requireRegisteredService();
    }

    /** A repeat while the alert is open (posted again within the dedup window) updates it: 200, not 201. */
    public Uni<AlertReceipt> create(AlertRequest request) {
        List<Problem.FieldError> errors = AlertValidator.check(request, maxLabels);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        NewAlert alert = NewAlert.from(request);
        Severity severity = severityRules.classify(alert.facts());
        return checkService(alert.service())
                .chain(() -> intake.ingest(List.of(ForesightAlerts.of(alert, severity)), window.length()))
                .map(stored -> stored.get(0))
                .map(stored -> new AlertReceipt(stored.alert().id(), stored.alert().fingerprint(), stored.alert().severity(),
                        stored.alert().status(), !stored.created()));
    }

    @WithSession
    Uni<Void> checkService(String service) {
        if (!requireRegisteredService) {
            return Uni.createFrom().voidItem();
        }
        return services.findByName(service).invoke(found -> {
            if (found == null) {
                throw ProblemException.invalid("service", "unknown service \"" + service + "\"; register it with POST /services first");
            }
        }).replaceWithVoid();
    }

    /** {@code status}: {@code active} (not resolved) or {@code all}; newest first, at most {@code limit}. */
    @WithSession
    public Uni<List<AlertView>> list(String status, String limit) {
        int size = limit(limit);
        Sort newest = Sort.descending("lastSeenAt").and("id", Sort.Direction.Descending);
        var query = switch (status) {
            case "active" -> alerts.find("status <> 'resolved'", newest);
            case "all" -> alerts.findAll(newest);
            default -> throw ProblemException.invalid("status", "must be active or all");
        };
        return query.page(Page.ofSize(size)).list().map(list -> list.stream().map(AlertView::of).toList());
    }

    @WithSession
    public Uni<AlertView> get(long id) {
        return find(id).chain(alert -> notifications.forAlert(id).map(rows -> AlertView.of(alert).withNotifications(rows.stream()
                .sorted(Comparator.comparing(n -> n.id))
                .map(NotificationView::of)
                .toList())))
                .chain(view -> muteSources.at(config.engine(), Instant.now())
                        .map(mutes -> view.withMuting(Muting.of(mutes.of(view.labels())))))
                .chain(view -> memory.of(id).map(view::withMemory));
    }

    /** Marks a firing alert as seen by {@code by}; acknowledging twice keeps the first acknowledgement. */
    @WithTransaction
    public Uni<AlertView> acknowledge(long id, String by) {
        return find(id).map(alert -> {
            if ("resolved".equals(alert.status)) {
                throw ProblemException.conflict("alert " + id + " is resolved and cannot be acknowledged");
            }
            if ("firing".equals(alert.status)) {
                alert.status = "acknowledged";
                alert.acknowledgedBy = by;
                alert.acknowledgedAt = now();
            }
            return AlertView.of(alert);
        });
    }

    /**
     * Resolves an alert and tells the receivers that heard it fire; resolving twice keeps the first
     * resolution. The note (how it was resolved) becomes part of the incident remembered in embed.
     */
    public Uni<AlertView> resolve(long id, String body) {
        String note = ResolveRequest.parse(body).note();
        if (note != null) {
            InputRules.freeText(note, ResolveRequest.MAX_NOTE).ifPresent(rule -> {
                throw ProblemException.invalid("note", rule);
            });
        }
        return ending.resolve(id, note == null || InputRules.isBlank(note) ? null : note.strip());
    }

    /** PostgreSQL keeps microseconds: answer with what a later read will return. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private Uni<AlertEntity> find(long id) {
        return alerts.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("alert " + id + " does not exist"));
    }

    private static int limit(String raw) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ProblemException.invalid("limit", "must be an integer between 1 and " + MAX_LIMIT);
    }
}
