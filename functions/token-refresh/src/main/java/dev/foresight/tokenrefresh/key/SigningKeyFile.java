package dev.foresight.tokenrefresh.key;

import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Base64;

/**
 * Loads the signing key from a PKCS#8 PEM file, or creates one there. Persisting a generated key
 * is what lets a restart keep verifying the tokens it issued before.
 */
public final class SigningKeyFile {
    public static final int KEY_BITS = 2048;

    private SigningKeyFile() {}

    public static SigningKey loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return load(file);
        }
        try {
            return create(file);
        } catch (FileAlreadyExistsException anotherInstanceWon) {
            return load(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write signing key \"" + file + "\": " + e.getMessage(), e);
        }
    }

    static SigningKey load(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read signing key \"" + file + "\": " + e.getMessage(), e);
        }
        PrivateKey key;
        try {
            key = KeyUtils.decodePrivateKey(pem);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("signing key \"" + file
                    + "\" must be an RSA private key in PKCS#8 PEM (\"-----BEGIN PRIVATE KEY-----\")", e);
        }
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalStateException("signing key \"" + file + "\" must be an RSA private key with its CRT parameters");
        }
        if (rsa.getModulus().bitLength() < KEY_BITS) {
            throw new IllegalStateException("signing key \"" + file + "\" has " + rsa.getModulus().bitLength()
                    + " bits; RS256 needs at least " + KEY_BITS);
        }
        return SigningKey.of(rsa);
    }

    static SigningKey create(Path file) throws IOException {
        RSAPrivateCrtKey key = generate();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a complete file appears at once: written aside (temp files are owner-only, i.e. 600),
        // then moved without replacing, so of two instances starting together one key wins
        Path written = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(parent, ".signing-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(parent, ".signing-key", ".tmp");
        try {
            Files.writeString(written, pem(key), StandardCharsets.US_ASCII);
            Files.move(written, file);
        } finally {
            Files.deleteIfExists(written);
        }
        return SigningKey.of(key);
    }

    private static RSAPrivateCrtKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JVM provides RSA", impossible);
        }
    }

    static String pem(PrivateKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }
}
