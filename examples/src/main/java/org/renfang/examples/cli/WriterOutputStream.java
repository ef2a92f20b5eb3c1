package org.renfang.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An output stream that decodes UTF-8 bytes into a writer, so that byte-oriented writers (the
 * report's JSON, the progress bar) can print through picocli's writers. Closing it flushes but
 * does not close the writer.
 *
 * <p>Not thread-safe.
 */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer out = CharBuffer.allocate(8192);
    private boolean closed;

    WriterOutputStream(Writer writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        while (len > 0) {
            int n = Math.min(len, in.remaining());
            in.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    private void drain(boolean endOfInput) throws IOException {
        in.flip();
        CoderResult r;
        do {
            r = decoder.decode(in, out, endOfInput);
            emit();
        } while (r.isOverflow());
        in.compact();
    }

    private void emit() throws IOException {
        if (out.position() > 0) {
            writer.write(out.array(), 0, out.position());
            out.clear();
        }
    }

    @Override
    public void flush() throws IOException {
        if (!closed) {
            drain(false);
        }
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        drain(true);
        CoderResult r;
        do {
            r = decoder.flush(out);
            emit();
        } while (r.isOverflow());
        closed = true;
        writer.flush();
    }
}
