package org.jobspecs.site;

/**
 * A link to a class page as listings show it.
 *
 * @param href site-relative address of the class page
 * @param note a short remark shown with the link, e.g. "Abolished June 30, 2019" or "Level 2"; may be empty
 * @param pay  the class's pay on the listings' one base ({@link ComparablePay#text()}), "No pay on a current
 *             schedule", or empty where a list shows no pay (abolished classes, links inside a class page)
 */
public record ClassLink(String code, String title, String href, String department, boolean abolished, String note, String pay) {

    /** A link without pay. */
    public ClassLink(String code, String title, String href, String department, boolean abolished, String note) {
        this(code, title, href, department, abolished, note, "");
    }

    /** The same link showing {@code pay}. */
    public ClassLink withPay(String pay) {
        return new ClassLink(code, title, href, department, abolished, note, pay);
    }
}
