package org.jobspecs.source;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Plain CSV records for tools that edit data files (the importer adds register rows): parsing
 * and printing in the format the data readers expect, quoting only where needed.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /** The records of a CSV text, header row included, cells as written. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** One record as a CSV line, with its line end. */
    public static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
