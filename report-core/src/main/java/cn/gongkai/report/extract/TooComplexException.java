package cn.gongkai.report.extract;

/**
 * The file was refused because reading it would cost more than the {@link ReadLimits} allow (too many
 * glyphs, pages, characters, unpacked bytes or too much time). The message says which limit, where, and
 * what to do. A kind of {@link UnreadableException}, so every caller that refuses unreadable files
 * refuses these too; the checker reports it under its own code.
 */
public final class TooComplexException extends UnreadableException {

    public TooComplexException(String message) {
        super(message);
    }
}
