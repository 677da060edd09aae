package cn.gongkai.server.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file to download: UTF-8 with a byte-order mark, so that Excel and WPS open the Chinese right; every
 * export of the platform goes through here. Text cells that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) get a leading apostrophe, so a value typed on a public form or
 * by staff (“=HYPERLINK(…)”) is shown as text, not executed (CSV injection, OWASP).
 */
public final class CsvDownload {

    /** Writes the rows. */
    @FunctionalInterface
    public interface Rows {
        void print(Sheet csv) throws IOException;
    }

    /** The one way rows are written: each cell neutralized. */
    public static final class Sheet {
        private final CSVPrinter printer;

        private Sheet(CSVPrinter printer) {
            this.printer = printer;
        }

        public void printRecord(@Nullable Object... values) throws IOException {
            printer.printRecord(Arrays.stream(values).map(CsvDownload::cell).toArray());
        }
    }

    private CsvDownload() {
    }

    public static ResponseEntity<String> of(String fileName, Rows rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            rows.print(new Sheet(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(out.toString());
    }

    /** Numbers stay numbers; any other value that starts like a formula is prefixed with an apostrophe. */
    static @Nullable Object cell(@Nullable Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
