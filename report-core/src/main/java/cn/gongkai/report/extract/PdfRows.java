package cn.gongkai.report.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text rebuilt from where each glyph stands, not from the order the content stream draws them
 * ({@link PdfLayout}): a table row reads label first and its numbers in column order even when the stream
 * drew the numbers first, the label after them, the header words interleaved with the data, or the
 * label wrapped around the numbers in its cell; a table becomes tab-separated like any other. Used for
 * every PDF, whoever made it: a PDF drawn cell by cell in reading order reads the same way.
 *
 * <p>The glyphs, pages and characters are counted by {@link BudgetedTextStripper}.
 */
final class PdfRows extends BudgetedTextStripper {

    PdfRows(ExtractionBudget budget) {
        super(budget);
    }

    @Override
    protected void writePage() throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition t : article) {
                String u = t.getUnicode();
                if (u != null && !u.isBlank()) {
                    glyphs.add(t);
                }
            }
        }
        for (String line : PdfLayout.lines(glyphs)) {
            writeString(line, List.of()); // through the budget's character count
            writeLineSeparator();
        }
        writeLineSeparator();
    }
}
