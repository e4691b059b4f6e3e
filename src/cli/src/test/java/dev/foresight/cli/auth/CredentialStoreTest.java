package dev.foresight.cli.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {
    @TempDir
    Path dir;

    private final Credentials login = new Credentials("admin", "s3cret", "a.b.c", Instant.parse("2026-12-02T13:15:00Z"),
            "refresh-1", "fleet:write alerts:write");

    @Test
    void theFileIsReadableByItsOwnerOnlyInADirectoryOnlyTheOwnerEnters() throws Exception {
        CredentialStore store = new CredentialStore(dir.resolve("foresight/credentials"));
        store.save(login);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file().getParent())));
    }

    @Test
    void roundTripsAndARotatedRefreshTokenReplacesTheOldOne() throws Exception {
        CredentialStore store = new CredentialStore(dir.resolve("credentials"));
        store.save(login);
        assertEquals(login, store.load().orElseThrow());
        Credentials rotated = login.withTokens("d.e.f", Instant.parse("2026-12-02T13:30:00Z"), "refresh-2", login.scope());
        store.save(rotated);
        assertEquals("refresh-2", store.load().orElseThrow().refreshToken());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().contains("credentials")).count(), "no temporary file left");
        }
    }

    @Test
    void aLooserFileIsTightenedOnTheNextSave() throws Exception {
        Path file = dir.resolve("credentials");
        Files.writeString(file, "client_id=x\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new CredentialStore(file).save(login);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void nothingStoredAndDeleteAreQuiet() {
        CredentialStore store = new CredentialStore(dir.resolve("credentials"));
        assertTrue(store.load().isEmpty());
        assertFalse(store.delete());
        store.save(login);
        assertTrue(store.delete());
        assertTrue(store.load().isEmpty());
    }

    @Test
    void theSecretNeverShowsInToString() {
        assertFalse(login.toString().contains("s3cret"));
        assertFalse(login.toString().contains("refresh-1"));
    }

    @Test
    void expiresSoonLeavesAMarginBeforeExpiry() {
        assertFalse(login.expiresSoon(Instant.parse("2026-12-02T13:14:00Z")));
        assertTrue(login.expiresSoon(Instant.parse("2026-12-02T13:14:31Z")));
    }
}
