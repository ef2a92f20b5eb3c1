package org.renfang.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr, shown only when stderr is a terminal; otherwise every
 * method does nothing. The bar fills the terminal's width. It first follows the bytes read;
 * each later phase ({@link #phase}: indexing, checking rules), whose length is not known in
 * advance, turns it into a running bar that names the phase while the elapsed time goes on.
 *
 * <p>Not thread-safe, except that the bar renders on its own thread.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream stream;

    private Progress(ProgressBar bar, PrintStream stream) {
        this.bar = bar;
        this.stream = stream;
    }

    /**
     * Returns a progress that shows nothing.
     *
     * @return the progress, not null
     */
    static Progress off() {
        return new Progress(null, null);
    }

    /**
     * Returns a progress bar over a number of bytes, drawn on a writer.
     *
     * @param err     the writer (stderr), not null
     * @param task    the task name, not null
     * @param bytes   the total number of bytes, or -1 if unknown
     * @param columns the width of the line, in columns, positive
     * @return the progress, not null; close it before printing the result
     */
    static Progress bar(PrintWriter err, String task, long bytes, int columns) {
        PrintStream stream = new PrintStream(new WriterOutputStream(err), true, StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(bytes)
                .setUnit(" MiB", 1L << 20)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200)
                .continuousUpdate()              // refresh() draws now, so every phase is shown
                .setConsumer(new ConsoleProgressBarConsumer(stream, columns))
                .showSpeed()
                .build();
        return new Progress(bar, stream);
    }

    /**
     * Returns a progress bar over the bytes of a file, or one that shows nothing when stderr is
     * not a terminal.
     *
     * @param env   the environment (terminal and width), not null
     * @param err   the writer (stderr), not null
     * @param task  the task name, not null
     * @param bytes the total number of bytes, or -1 if unknown
     * @return the progress, not null
     */
    static Progress of(CliEnvironment env, PrintWriter err, String task, long bytes) {
        return env.stderrTerminal() ? bar(err, task, bytes, env.columns()) : off();
    }

    /**
     * Wraps a stream so that the bar follows the bytes read from it.
     *
     * @param in the stream, not null
     * @return the stream to read, not null; closing it closes {@code in}
     */
    InputStream track(InputStream in) {
        return bar == null ? in : new Counting(in, bar);
    }

    /**
     * Shows what the run is doing now.
     *
     * @param text the text, not null
     */
    void phase(String text) {
        if (bar != null) {
            bar.maxHint(-1);                 // a running bar: the phase's length is not known
            bar.setExtraMessage(" " + text);
            bar.refresh();
        }
    }

    /** Whether a bar is shown. */
    boolean isShown() {
        return bar != null;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            stream.flush();
        }
    }

    /** Counts the bytes read and moves the bar. */
    private static final class Counting extends FilterInputStream {
        private final ProgressBar bar;
        private long count;

        Counting(InputStream in, ProgressBar bar) {
            super(in);
            this.bar = bar;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bar.stepTo(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                bar.stepTo(count);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            bar.stepTo(count);
            return k;
        }
    }
}
