package cn.gongkai.server.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A CSV file to download: UTF-8 with a byte-order mark, so that Excel and WPS open the Chinese right. */
public final class CsvDownload {

    /** Writes the rows. */
    @FunctionalInterface
    public interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private CsvDownload() {
    }

    public static ResponseEntity<String> of(String fileName, Rows rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(out.toString());
    }
}
