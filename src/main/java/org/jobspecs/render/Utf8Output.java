package org.jobspecs.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes straight into a growing UTF-8 byte array: what {@code new StringWriter()}
 * then {@code toString().getBytes(UTF_8)} gives, without the synchronised buffer, the copies and the
 * Latin-1/UTF-16 switches in between. Not thread-safe (one page, one thread). An unpaired surrogate
 * becomes {@code ?}, as {@link String#getBytes} makes it.
 */
final class Utf8Output extends Writer {

    private static final int CHUNK = 1024;
    /** Scratch for copying a string's characters out at once. */
    private final char[] chars = new char[CHUNK];
    private byte[] buf;
    private int len;
    /** A high surrogate written last, waiting for its low half. */
    private char pending;

    Utf8Output(int capacity) {
        buf = new byte[capacity];
    }

    @Override
    public void write(int c) {
        put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int n) {
        ensure(n * 3 + 4);
        int end = off + n;
        int i = off;
        if (pending == 0) {
            // ASCII run: the usual case.
            byte[] b = buf;
            int l = len;
            while (i < end) {
                char c = cbuf[i];
                if (c >= 0x80) {
                    break;
                }
                b[l++] = (byte) c;
                i++;
            }
            len = l;
        }
        for (; i < end; i++) {
            put(cbuf[i]);
        }
    }

    @Override
    public void write(String s, int off, int n) {
        if (n <= CHUNK) {
            s.getChars(off, off + n, chars, 0);
            write(chars, 0, n);
            return;
        }
        for (int i = off; i < off + n; i += CHUNK) {
            int m = Math.min(CHUNK, off + n - i);
            s.getChars(i, i + m, chars, 0);
            write(chars, 0, m);
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    private void put(char c) {
        ensure(4);
        if (pending != 0) {
            char high = pending;
            pending = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[len++] = '?';
        }
        if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | (c >> 6));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pending = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[len++] = '?';
        } else {
            buf[len++] = (byte) (0xE0 | (c >> 12));
            buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** The bytes written so far (an unpaired high surrogate at the end counts as {@code ?}). */
    byte[] toByteArray() {
        if (pending != 0) {
            ensure(1);
            buf[len++] = '?';
            pending = 0;
        }
        return Arrays.copyOf(buf, len);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
