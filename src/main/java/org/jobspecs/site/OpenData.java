package org.jobspecs.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobspecs.catalog.Catalog;
import org.jobspecs.catalog.SpreadsheetFormulas;
import org.jobspecs.spec.BargainingUnit;
import org.jobspecs.spec.JobClass;
import org.jobspecs.spec.Pay;
import org.jobspecs.spec.SalarySchedule;

/**
 * The open-data files at the site root, {@code classes.json} and {@code classes.csv}: every class
 * (current and abolished) in class-code order with its register facts and its pay in force. The
 * fields are documented in the guide's reference page, {@code src/site/markdown/reference/open-data.md}; their names and order are stable.
 */
final class OpenData {

    /** The fields of every record, in this order, in both files. */
    static final List<String> FIELDS = List.of("code", "title", "department", "unit", "unit_name", "flsa", "status",
            "status_date", "series", "level", "pay_minimum", "pay_maximum", "pay_time_base", "pay_effective",
            "pay_schedule", "url");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Catalog catalog;
    private final MetaFactory meta;

    OpenData(Catalog catalog, MetaFactory meta) {
        this.catalog = catalog;
        this.meta = meta;
    }

    /**
     * The two files.
     *
     * @param ahead whether their texts are made now, so that pages can be compared (a live build
     *              writes only the pages that changed); otherwise each is made only when it is written,
     *              record by record (issue 15: the records and the texts of 100,000 classes, made with
     *              the plan and kept until written, took some 300 MB)
     */
    List<Page> pages(boolean ahead) {
        if (ahead) {
            return List.of(Page.data("classes.json", new String(json(), StandardCharsets.UTF_8)),
                    Page.data("classes.csv", new String(csv(), StandardCharsets.UTF_8)));
        }
        return List.of(Page.data("classes.json", this::json), Page.data("classes.csv", this::csv));
    }

    private Map<String, Object> record(JobClass c) {
        BargainingUnit unit = catalog.unitOf(c);
        Optional<SalarySchedule> schedule = c.abolished() ? Optional.empty() : catalog.scheduleInForce(c.code());
        Pay pay = schedule.map(s -> s.pay().get(c.code())).orElse(null);
        String path = Paths.classPage(c.code().value());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("code", c.code().value());
        r.put("title", c.title());
        r.put("department", c.department());
        r.put("unit", unit.id());
        r.put("unit_name", unit.name());
        r.put("flsa", c.flsa());
        r.put("status", c.status().word());
        r.put("status_date", c.statusDate() == null ? null : c.statusDate().toString());
        r.put("series", c.seriesId());
        r.put("level", c.level());
        r.put("pay_minimum", pay == null ? null : pay.minimum());
        r.put("pay_maximum", pay == null ? null : pay.maximum());
        r.put("pay_time_base", pay == null ? null : pay.timeBase().word());
        r.put("pay_effective", schedule.map(s -> s.effective().toString()).orElse(null));
        r.put("pay_schedule", schedule.map(SalarySchedule::id).orElse(null));
        String absolute = meta.absolute(path);
        r.put("url", absolute.isEmpty() ? path : absolute);
        return r;
    }

    /** The JSON file: {@code {"fields": [...], "classes": [{...}, ...]}}, indented, and a line end. */
    private byte[] json() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(catalog.classes().size() * 600 + 1024);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeFieldName("fields");
            JSON.writeValue(g, FIELDS);
            g.writeFieldName("classes");
            g.writeStartArray();
            for (JobClass c : catalog.classes().values()) {
                JSON.writeValue(g, record(c));
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write classes.json", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line end. A text that a
     * spreadsheet would run as a formula is written with a leading {@code '} (OWASP CSV injection;
     * issue 12); numbers are written as they are, and classes.json keeps every value as it is.
     */
    private byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(catalog.classes().size() * 250 + 256);
        StringBuilder row = new StringBuilder(String.join(",", FIELDS)).append("\r\n");
        out.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        for (JobClass c : catalog.classes().values()) {
            Map<String, Object> r = record(c);
            row.setLength(0);
            for (int i = 0; i < FIELDS.size(); i++) {
                Object v = r.get(FIELDS.get(i));
                String text = v == null ? "" : v instanceof java.math.BigDecimal b ? b.toPlainString()
                        : v instanceof String s ? SpreadsheetFormulas.neutralised(s) : v.toString();
                row.append(i > 0 ? "," : "").append(cell(text));
            }
            row.append("\r\n");
            out.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String cell(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
