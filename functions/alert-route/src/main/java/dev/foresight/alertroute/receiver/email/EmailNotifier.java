package dev.foresight.alertroute.receiver.email;

import dev.foresight.alertroute.am.config.ReceiverSpec;
import dev.foresight.alertroute.amconfig.RunningConfig;
import dev.foresight.alertroute.config.AlertRouteConfig;
import dev.foresight.alertroute.dispatch.Integration;
import dev.foresight.alertroute.dispatch.Notification;
import dev.foresight.alertroute.dispatch.Notifier;
import dev.foresight.alertroute.notify.DeliverySettings;
import dev.foresight.alertroute.notify.Outcomes;
import dev.foresight.alertroute.notify.RetryPolicy;
import dev.foresight.alertroute.notify.SendResult;
import dev.foresight.shared.egress.EgressGuard;
import dev.foresight.shared.egress.EgressRefused;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.core.MultiMap;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * {@code email_configs}: SMTP through the Vert.x mail client that quarkus-mailer wraps (quarkus-mailer's
 * own mailers are fixed in application.properties, while each receiver names its own smarthost and
 * a reload may change them). The smarthost passes the egress policy and the connection goes to the
 * address that was checked. SMTP replies are classified by {@link Outcomes}: 4xx retried, 5xx not.
 */
@ApplicationScoped
public class EmailNotifier implements Notifier {
    private final RunningConfig config;
    private final EgressGuard egress;
    private final Vertx vertx;
    private final DeliverySettings settings;
    private final String externalUrl;
    private final Map<String, MailClient> clients = new ConcurrentHashMap<>();

    public EmailNotifier(RunningConfig config, EgressGuard egress, Vertx vertx, DeliverySettings settings,
            AlertRouteConfig routeConfig) {
        this.config = config;
        this.egress = egress;
        this.vertx = vertx;
        this.settings = settings;
        this.externalUrl = routeConfig.alertmanager().externalUrl();
    }

    @Override
    public String kind() {
        return "email";
    }

    @Override
    public List<Integration> integrations(ReceiverSpec receiver) {
        return Integration.ofBlocks(receiver.name(), kind(), receiver.emails());
    }

    @Override
    public String endpoint(Integration integration) {
        return spec(integration).map(EmailConfig::smarthost).orElse("(removed)");
    }

    @Override
    public Uni<SendResult> send(Integration integration, Notification notification) {
        Optional<EmailConfig> found = spec(integration);
        if (found.isEmpty()) {
            return Uni.createFrom().item(SendResult.fatal("receiver " + integration.receiver() + " no longer has email " + integration.index()));
        }
        EmailConfig email = found.get();
        Optional<String> password;
        try {
            password = email.passwordFile().isPresent()
                    ? Optional.of(Files.readString(Path.of(email.passwordFile().get())).strip()) : email.password();
        } catch (IOException unreadable) {
            return Uni.createFrom().item(SendResult.fatal("cannot read auth_password_file: " + unreadable.getMessage()));
        }
        EmailContent content = EmailContent.of(notification, email, externalUrl);
        MailMessage message = new MailMessage().setFrom(email.from()).setTo(email.to()).setSubject(content.subject());
        content.text().ifPresent(message::setText);
        content.html().ifPresent(message::setHtml);
        if (!content.headers().isEmpty()) {
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            content.headers().forEach(headers::add);
            message.setHeaders(headers.getDelegate());
        }
        // the egress policy judges the smarthost as it judges a URL's host; the checked address is dialled
        return egress.resolve("http://" + email.smarthost() + "/")
                .chain(target -> client(email, target.address(), password)
                        .sendMail(message)
                        .map(result -> SendResult.ok("SMTP 250: accepted for " + String.join(", ", result.getRecipients()))))
                .ifNoItem().after(settings.timeout()).failWith(() -> new TimeoutException("no SMTP answer within " + settings.timeout().toMillis() + " ms"))
                .onFailure(EgressRefused.class).recoverWithItem(refused -> SendResult.fatal("smarthost " + email.smarthost() + " " + refused.getMessage()));
    }

    private MailClient client(EmailConfig email, InetAddress address, Optional<String> password) {
        String key = String.join("|", address.getHostAddress(), String.valueOf(email.port()), email.hello(),
                String.valueOf(email.requireTls()), String.valueOf(email.insecureSkipVerify()), email.caFile().orElse(""),
                email.username().orElse(""), Integer.toHexString(password.orElse("").hashCode()));
        return clients.computeIfAbsent(key, k -> {
            int timeout = (int) settings.timeout().toMillis();
            MailConfig mail = new MailConfig()
                    .setHostname(address.getHostAddress())
                    .setPort(email.port())
                    .setSsl(email.implicitTls())
                    // as Alertmanager: STARTTLS only when require_tls, and then it must succeed
                    .setStarttls(email.implicitTls() || !email.requireTls() ? StartTLSOptions.DISABLED : StartTLSOptions.REQUIRED)
                    .setTrustAll(email.insecureSkipVerify())
                    .setOwnHostname(email.hello())
                    .setLogin(email.username().isPresent() ? LoginOption.NONE : LoginOption.DISABLED)
                    .setKeepAlive(false);
            mail.setConnectTimeout(timeout);
            email.caFile().ifPresent(ca -> mail.setPemTrustOptions(new PemTrustOptions().addCertPath(ca)));
            email.username().ifPresent(mail::setUsername);
            password.ifPresent(mail::setPassword);
            return MailClient.create(vertx, mail);
        });
    }

    private Optional<EmailConfig> spec(Integration integration) {
        ReceiverSpec receiver = config.engine().receivers().get(integration.receiver());
        if (receiver == null || integration.index() >= receiver.emails().size()) {
            return Optional.empty();
        }
        return Optional.of(EmailConfig.of(receiver.emails().get(integration.index())));
    }

    @Override
    public RetryPolicy retryPolicy() {
        return settings.retry();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(client -> client.close().subscribe().with(ignored -> { }, ignored -> { }));
    }
}
