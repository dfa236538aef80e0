package org.jobspecs.site;

import java.util.Locale;
import java.util.Map;
import org.jobspecs.spec.Document;

/**
 * Makes document links that say what they lead to: type from the address's file extension, size
 * measured from the file when the document is part of the site, or as the data states it.
 */
final class Documents {

    private static final Map<String, String> KINDS = Map.of(
            "pdf", "PDF", "doc", "Word document", "docx", "Word document", "xls", "Excel workbook",
            "xlsx", "Excel workbook", "csv", "CSV file", "rtf", "RTF document", "txt", "text file");

    private final Map<String, Long> siteFiles;

    /** @param siteFiles sizes in bytes of the files the site carries besides its pages (its assets), by path */
    Documents(Map<String, Long> siteFiles) {
        this.siteFiles = siteFiles;
    }

    /** A link from a page whose way to the site root is {@code root}; null when there is no document. */
    DocumentLink link(Document document, String title, String root) {
        if (document == null) {
            return null;
        }
        String href = document.href();
        boolean local = !href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !href.startsWith("/");
        String size = document.size() == null ? "" : document.size();
        if (local) {
            Long bytes = siteFiles.get(href);
            size = bytes == null ? size : size(bytes);
            href = root + href;
        }
        return new DocumentLink(href, title, kind(document.href()), size);
    }

    static String kind(String href) {
        String path = href.replaceFirst("[?#].*$", "");
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot < 0 || dot < slash) {
            return "";
        }
        return KINDS.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }

    /** "340 KB", "1.2 MB": kilobytes rounded up below a megabyte, megabytes to one decimal above. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
