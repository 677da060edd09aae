package cn.gongkai.report.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pinyin that mirror sites write after characters (數(shù)據(jù), 規(guī)章, 鎮(zhèn)): a parenthesised syllable of Latin letters
 * with a tone mark, right after a Han character. Never part of a report's own text, and it splits the labels
 * the tables are read by, so it is removed before reading. A syllable without a tone mark (a Latin word in
 * parentheses) is left alone.
 */
final class PinyinNotes {

    private static final Pattern NOTE = Pattern.compile(
            "(?<=\\p{IsHan})[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]");

    private PinyinNotes() {
    }

    /** A tone-marked vowel (U+00E0–U+01DC holds them all) and a parenthesis: one pass, no regex for most lines. */
    private static boolean mayHaveNote(String line) {
        if (line.indexOf('(') < 0 && line.indexOf('（') < 0) {
            return false; // most lines: two vectorised searches instead of a loop over every character
        }
        boolean tone = false;
        boolean paren = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            tone |= c >= '\u00E0' && c <= '\u01DC';
            paren |= c == '(' || c == '（';
        }
        return tone && paren;
    }

    static List<String> strip(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String cleaned = mayHaveNote(line) ? NOTE.matcher(line).replaceAll("") : line;
            if (cleaned != line && !cleaned.equals(line) && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                out.add(cleaned);
            }
        }
        return out == null ? lines : out;
    }
}
