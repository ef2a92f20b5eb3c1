package org.renfang.examples.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.source.ReadResult;
import org.renfang.registry.Registry;

/**
 * Opening, reading and writing the files named on the command line. Every failure becomes a
 * {@link CliException} with exit code 2 naming the file as given, never its contents.
 */
final class Inputs {
    /** The buffer of streamed files. */
    static final int BUFFER = 1 << 16;

    private Inputs() {
    }

    /**
     * Opens a file for streaming: a buffered {@link FileInputStream}.
     *
     * @param file the file, not null
     * @return the stream, not null; the caller closes it
     * @throws CliException if the file is missing, a directory or cannot be opened
     */
    static InputStream open(Path file) {
        requireReadableFile(file);
        try {
            return new BufferedInputStream(new FileInputStream(file.toFile()), BUFFER);
        } catch (FileNotFoundException e) {
            throw CliException.unusable("error.cannotOpen", file.toString());
        }
    }

    /**
     * Checks that a file exists, is no directory and is readable.
     *
     * @param file the file, not null
     * @throws CliException if not
     */
    static void requireReadableFile(Path file) {
        if (Files.isDirectory(file)) {
            throw CliException.unusable("error.isDirectory", file.toString());
        }
        if (!Files.exists(file)) {
            throw CliException.unusable("error.noSuchFile", file.toString());
        }
        if (!Files.isReadable(file)) {
            throw CliException.unusable("error.cannotOpen", file.toString());
        }
    }

    /**
     * Checks that a directory exists.
     *
     * @param dir the directory, not null
     * @throws CliException if it does not, or is a file
     */
    static void requireDirectory(Path dir) {
        if (!Files.exists(dir)) {
            throw CliException.unusable("error.noSuchDirectory", dir.toString());
        }
        if (!Files.isDirectory(dir)) {
            throw CliException.unusable("error.notDirectory", dir.toString());
        }
    }

    /**
     * Returns the size of a file.
     *
     * @param file the file, not null
     * @return the size in bytes, or -1 if unknown
     */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Reads at most {@code max} bytes of a file (a larger file yields {@code max} bytes, which
     * the consumer's own limit then refuses).
     *
     * @param file the file, not null
     * @param max  the most bytes to read, positive
     * @return the bytes, not null
     * @throws CliException if the file cannot be read
     */
    static byte[] readAtMost(Path file, int max) {
        try (InputStream in = open(file)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw readFailed(file);
        }
    }

    /**
     * Writes a file, replacing it.
     *
     * @param file  the file, not null
     * @param bytes the content, not null
     * @throws CliException if it cannot be written
     */
    static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw CliException.unusable("error.cannotWrite", file.toString());
        } catch (IOException e) {
            throw CliException.unusable("error.cannotWrite", file.toString());
        }
    }

    /**
     * Returns the failure of reading a file that opened.
     *
     * @param file the file, not null
     * @return the exception, not null
     */
    static CliException readFailed(Path file) {
        return CliException.unusable("error.readFailed", file.toString());
    }

    /**
     * A registry read from a file, with the time each step took.
     *
     * @param registry the registry, not null
     * @param bytes    the size of the file read
     * @param readNanos  the time spent reading and parsing
     * @param indexNanos the time spent indexing
     */
    record LoadedRegistry(Registry registry, long bytes, long readNanos, long indexNanos) {
        /** @return the number of records read */
        long records() {
            var d = registry.document();
            return (long) d.persons().size() + d.organizations().size() + d.premises().size() + d.leases().size()
                    + d.employments().size() + d.enrollments().size() + d.residences().size() + d.visits().size();
        }
    }

    /**
     * Streams a registry file through {@link RegistryReader#readRegistry} and indexes it.
     *
     * @param file     the file, not null
     * @param progress where reading progress goes, not null
     * @param indexing the progress text shown while indexing, not null
     * @return the registry and timings, not null
     * @throws CliException if the file cannot be read
     */
    static LoadedRegistry readRegistry(Path file, Progress progress, String indexing) {
        long size = size(file);
        long t0 = System.nanoTime();
        ReadResult result;
        try (InputStream in = progress.track(open(file))) {
            result = RegistryReader.readRegistry(in);
        } catch (IOException | UncheckedIOException e) {
            throw readFailed(file);
        }
        long t1 = System.nanoTime();
        progress.phase(indexing);
        Registry registry = Registry.of(result);
        long t2 = System.nanoTime();
        return new LoadedRegistry(registry, size, t1 - t0, t2 - t1);
    }
}
