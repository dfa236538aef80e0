package org.jobspecs.intake.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobspecs.cli.Main;
import org.jobspecs.source.CsvRecords;
import org.jobspecs.testing.FixtureSite;

/**
 * Builds the .xlsx fixtures of the table-import tests with POI, as HRIS and payroll exports
 * write them: text, numbers, numbers formatted with leading zeros ({@link Zeros}), currency
 * formats and formulas.
 */
final class Workbooks {

    /** A numeric cell shown with leading zeros, as Excel keeps a code such as 0100. */
    record Zeros(String text) {
    }

    /** A numeric cell with a currency format (the reader must not read "$6,320.00"). */
    record Money(double amount) {
    }

    /** A formula cell ("B5*1.05") in the currency format, its value evaluated and cached as Excel saves it. */
    record Formula(String formula) {
    }

    private Workbooks() {
    }

    /** Sheets in order: name → rows of cells (String, Number, Zeros, Money, Formula or null). */
    static byte[] xlsx(Map<String, Object[][]> sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("\"$\"#,##0.00"));
            for (Map.Entry<String, Object[][]> s : sheets.entrySet()) {
                Sheet sheet = book.createSheet(s.getKey());
                Object[][] rows = s.getValue();
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof String t) {
                            cell.setCellValue(t);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof Zeros z) {
                            CellStyle style = book.createCellStyle();
                            style.setDataFormat(book.createDataFormat().getFormat("0".repeat(z.text().length())));
                            cell.setCellValue(Double.parseDouble(z.text()));
                            cell.setCellStyle(style);
                        } else if (v instanceof Money m) {
                            cell.setCellValue(m.amount());
                            cell.setCellStyle(money);
                        } else if (v instanceof Formula f) {
                            cell.setCellFormula(f.formula());
                            cell.setCellStyle(money);
                        }
                    }
                }
            }
            book.setForceFormulaRecalculation(false);
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object[][]> sheets(Object... nameThenRows) {
        Map<String, Object[][]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRows.length; i += 2) {
            m.put((String) nameThenRows[i], (Object[][]) nameThenRows[i + 1]);
        }
        return m;
    }

    record Run(int code, String out, String err) {
    }

    static Run jobspecs(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@code jobspecs import --source SITE OPTIONS… FILE}, the file written first into {@code dir} under {@code name}. */
    static Run importInto(Path dir, Path site, String name, byte[] bytes, String... options) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        String[] args = new String[options.length + 4];
        args[0] = "import";
        args[1] = "--source";
        args[2] = site.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = file.toString();
        return jobspecs(args);
    }

    /** The site's data/pay.csv row of a class in a schedule. */
    static List<String> payRow(Path site, String schedule, String code) {
        return CsvRecords.parse(FixtureSite.read(site.resolve("data/pay.csv"))).stream()
                .filter(r -> r.get(0).equals(schedule) && r.get(1).equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no pay row " + schedule + " " + code + " in\n" + FixtureSite.read(site.resolve("data/pay.csv"))));
    }

    /** The site's data/schedules.csv row of a schedule. */
    static List<String> scheduleRow(Path site, String id) {
        return CsvRecords.parse(FixtureSite.read(site.resolve("data/schedules.csv"))).stream()
                .filter(r -> r.get(0).equals(id)).findFirst().orElseThrow(() -> new AssertionError("no schedule " + id));
    }
}
