package org.jobspecs.intake.table.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jobspecs.intake.table.Grid;

/**
 * Reads an {@code .xlsx} workbook into grids of text, one per sheet. Numbers are written plainly
 * (6636.5, not "$6,636.50") and rounded to the decimals their format shows (a formula's 3935.925
 * shown as $3,935.93 is read 3935.93), except codes formatted with leading zeros ("0100"); dates as
 * YYYY-MM-DD; formulas by their cached value. The one place the table import uses Apache POI.
 */
public final class XlsxGrids {

    /** The decimals a number format shows ("#,##0.00" → "00"). */
    private static final java.util.regex.Pattern DECIMALS = java.util.regex.Pattern.compile("0\\.(0+)");

    private XlsxGrids() {
    }

    /** @throws IOException when the bytes are not an .xlsx workbook */
    public static List<Grid> read(byte[] bytes) throws IOException {
        List<Grid> grids = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(text(row.getCell(c), formatter));
                        }
                    }
                    rows.add(cells);
                }
                grids.add(new Grid(sheet.getSheetName(), rows));
            }
        } catch (RuntimeException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
        return grids;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                String format = cell.getCellStyle().getDataFormatString();
                if (format != null && format.matches("0{2,}")) {
                    yield formatter.formatCellValue(cell); // a code kept with its leading zeros
                }
                BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).setScale(4, RoundingMode.HALF_UP);
                java.util.regex.Matcher shown = DECIMALS.matcher(format == null ? "" : format);
                if (shown.find()) {
                    value = value.setScale(shown.group(1).length(), RoundingMode.HALF_UP); // as the sheet shows it: cents, not 3935.925
                }
                yield value.stripTrailingZeros().toPlainString();
            }
            default -> "";
        };
    }
}
