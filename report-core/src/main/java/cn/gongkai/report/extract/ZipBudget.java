package cn.gongkai.report.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a DOCX's zip once, counting, before POI sees it: POI reads every part whole into memory and
 * builds the XML tree of word/document.xml, so a 15 MB file of 60 MB XML costs a second of CPU per few MB
 * and a gigabyte of heap. Here each part's declared size and actually unpacked bytes are held to the
 * {@link ExtractionBudget} chunk by chunk, and nothing is kept.
 */
public final class ZipBudget {

    private ZipBudget() {
    }

    /** Throws {@link ExtractionBudget.BudgetSpent} as soon as a part or the whole exceeds its budget. */
    public static void check(byte[] bytes, ExtractionBudget budget) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String part = entry.getName();
                if (entry.getSize() > budget.limits().maxUnzipBytes()) {
                    // the declared size is enough to refuse; an honest file never declares more than it holds
                    budget.unzipped(part, entry.getSize(), 0);
                }
                long partSoFar = 0;
                int n;
                while ((n = zip.read(chunk)) > 0) {
                    partSoFar += n;
                    budget.unzipped(part, partSoFar, n);
                }
            }
        }
    }
}
