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

    /** Empties the writer for the next page, keeping its buffer (issue 15: one per render thread, not per page). */
    Utf8Output reset() {
        len = 0;
        pending = 0;
        return this;
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

    /**
     * Issue 15: writes markup known to be ASCII (the caller's literals) by copying its bytes at once;
     * the same bytes as {@link #write(String)} for ASCII text, without widening it to characters first.
     */
    @SuppressWarnings("deprecation")
    void writeAscii(String s) {
        int n = s.length();
        ensure(n + 1);
        if (pending != 0) {
            buf[len++] = '?';
            pending = 0;
        }
        s.getBytes(0, n, buf, len); // each char's low byte: the char itself for ASCII
        len += n;
    }

    /**
     * Issue 15: writes {@code s} with {@code < > & " '} escaped as {@code &lt; &gt; &amp; &quot; &#39;}
     * (what FreeMarker's HTML output format writes), encoding it in the same pass: the bytes that
     * escaping into a {@code StringBuilder} and then {@link #write(String)} gave, without the builder.
     */
    void writeEscaped(String s) {
        int n = s.length();
        for (int from = 0; from < n; from += CHUNK) {
            int m = Math.min(CHUNK, n - from);
            s.getChars(from, from + m, chars, 0);
            ensure(m * 6 + 4);
            char[] cs = chars;
            for (int i = 0; i < m; i++) {
                char c = cs[i];
                if (c >= 0x80 || pending != 0) {
                    put(c); // a surrogate waiting for its low half turns into '?' before an ASCII char
                    if (c >= 0x80) {
                        continue;
                    }
                    len--; // put wrote c itself after the '?': write it (escaped) below
                }
                byte[] b = buf;
                switch (c) {
                    case '<' -> {
                        b[len] = '&'; b[len + 1] = 'l'; b[len + 2] = 't'; b[len + 3] = ';';
                        len += 4;
                    }
                    case '>' -> {
                        b[len] = '&'; b[len + 1] = 'g'; b[len + 2] = 't'; b[len + 3] = ';';
                        len += 4;
                    }
                    case '&' -> {
                        b[len] = '&'; b[len + 1] = 'a'; b[len + 2] = 'm'; b[len + 3] = 'p'; b[len + 4] = ';';
                        len += 5;
                    }
                    case '"' -> {
                        b[len] = '&'; b[len + 1] = 'q'; b[len + 2] = 'u'; b[len + 3] = 'o'; b[len + 4] = 't'; b[len + 5] = ';';
                        len += 6;
                    }
                    case '\'' -> {
                        b[len] = '&'; b[len + 1] = '#'; b[len + 2] = '3'; b[len + 3] = '9'; b[len + 4] = ';';
                        len += 5;
                    }
                    default -> b[len++] = (byte) c;
                }
            }
        }
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
