package dev.foresight.bench.jmh;

import dev.foresight.tokenrefresh.access.AccessToken;
import dev.foresight.tokenrefresh.access.AccessTokenIssuer;
import dev.foresight.tokenrefresh.key.SigningKey;
import dev.foresight.tokenrefresh.oauth.Scope;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one {@code /token} answer pays to sign its access token: {@link AccessTokenIssuer#sign} (the
 * product's path, RS256 with a 2048-bit key, claims and serialisation included) beside the bare
 * JDK signatures it could use instead (RS256, ES256 and EdDSA over the same 300 bytes), and the
 * verification every function pays per request for each of them.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccessTokenSigningBenchmark {
    private static final Scope SCOPE = Scope.of(List.of("fleet:read", "fleet:write"));
    private static final Set<String> AUDIENCE = Set.of("foresight-predict", "foresight-alert-route");

    private final byte[] payload = "x".repeat(300).getBytes(StandardCharsets.UTF_8);
    private SigningKey productKey;
    private KeyPair rsa;
    private KeyPair ec;
    private KeyPair ed;
    private byte[] rsaSignature;
    private byte[] ecSignature;
    private byte[] edSignature;

    @Setup
    public void setUp() throws GeneralSecurityException {
        KeyPairGenerator rsaKeys = KeyPairGenerator.getInstance("RSA");
        rsaKeys.initialize(2048);
        rsa = rsaKeys.generateKeyPair();
        productKey = SigningKey.of((RSAPrivateCrtKey) rsa.getPrivate());
        KeyPairGenerator ecKeys = KeyPairGenerator.getInstance("EC");
        ecKeys.initialize(new ECGenParameterSpec("secp256r1"));
        ec = ecKeys.generateKeyPair();
        ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        rsaSignature = sign("SHA256withRSA", rsa);
        ecSignature = sign("SHA256withECDSA", ec);
        edSignature = sign("Ed25519", ed);
    }

    @Benchmark
    public AccessToken productAccessTokenRs256() {
        return AccessTokenIssuer.sign(productKey, "https://foresight.example", Duration.ofMinutes(5), Instant.now(),
                "bench-client", "bench-client", SCOPE, AUDIENCE);
    }

    @Benchmark
    public byte[] signRs256() throws GeneralSecurityException {
        return sign("SHA256withRSA", rsa);
    }

    @Benchmark
    public byte[] signEs256() throws GeneralSecurityException {
        return sign("SHA256withECDSA", ec);
    }

    @Benchmark
    public byte[] signEdDsa() throws GeneralSecurityException {
        return sign("Ed25519", ed);
    }

    @Benchmark
    public boolean verifyRs256() throws GeneralSecurityException {
        return verify("SHA256withRSA", rsa, rsaSignature);
    }

    @Benchmark
    public boolean verifyEs256() throws GeneralSecurityException {
        return verify("SHA256withECDSA", ec, ecSignature);
    }

    @Benchmark
    public boolean verifyEdDsa() throws GeneralSecurityException {
        return verify("Ed25519", ed, edSignature);
    }

    private byte[] sign(String algorithm, KeyPair keys) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(keys.getPrivate());
        signature.update(payload);
        return signature.sign();
    }

    private boolean verify(String algorithm, KeyPair keys, byte[] signed) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm);
        signature.initVerify(keys.getPublic());
        signature.update(payload);
        return signature.verify(signed);
    }
}
