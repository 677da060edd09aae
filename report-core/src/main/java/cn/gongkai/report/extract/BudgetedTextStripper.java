package cn.gongkai.report.extract;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper with an {@link ExtractionBudget}: every page, operator, glyph and written string
 * is counted as PDFBox meets it, and the budget's exception stops the extraction there. A crafted PDF
 * whose pages share one content stream of tens of thousands of glyphs (PDFBox then sorts and de-duplicates
 * each page's glyphs) is stopped on its first page instead of costing a minute per request.
 * Only these four hooks; the extraction itself is PDFBox's (or a subclass's).
 */
public class BudgetedTextStripper extends PDFTextStripper {

    private final ExtractionBudget budget;

    public BudgetedTextStripper(ExtractionBudget budget) {
        this.budget = budget;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        budget.page(getCurrentPageNo());
        super.startPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.tick(); // a page of millions of drawing operators spends time without a glyph
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        budget.glyph();
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
        budget.chars(text.length(), "第 " + getCurrentPageNo() + " 页");
        super.writeString(text, textPositions);
    }
}
