package org.jobspecs.intake.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small helpers for reading WordprocessingML through the DOM view of POI's XML beans: the
 * namespaces, element tests, children and the {@code w:val}-style attributes. Holds no state.
 */
final class DocxXml {

    /** The WordprocessingML main namespace ({@code w:}). */
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Markup compatibility ({@code mc:AlternateContent}). */
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Office Math ({@code m:t} holds a formula's text). */
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private DocxXml() { }

    /** Whether the node is the {@code w:} element with that local name. */
    static boolean is(Node node, String localName) {
        return node instanceof Element && W.equals(node.getNamespaceURI()) && localName.equals(node.getLocalName());
    }

    /** The element children of a node, in document order. */
    static List<Element> children(Node node) {
        List<Element> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text directly inside an element (XML beans' DOM has no getTextContent). */
    static String text(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(c.getNodeValue());
            }
        }
        return out.toString();
    }

    /** The first {@code w:} child with that local name, or null. */
    static Element child(Node node, String localName) {
        if (node == null) {
            return null;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, localName)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** Follows a path of {@code w:} children ({@code path(p, "pPr", "rPr", "del")}); null when one is missing. */
    static Element path(Node node, String... localNames) {
        Node at = node;
        for (String name : localNames) {
            at = child(at, name);
            if (at == null) {
                return null;
            }
        }
        return (Element) at;
    }

    /** A {@code w:} attribute's value, or "" when it is absent. */
    static String attr(Element element, String localName) {
        if (element == null) {
            return "";
        }
        String value = element.getAttributeNS(W, localName);
        return value == null ? "" : value;
    }

    /** The {@code w:val} of the named child, or null when there is no such child. */
    static String val(Node node, String childName) {
        Element c = child(node, childName);
        return c == null ? null : attr(c, "val");
    }

    /** An integer {@code w:val} of the named child, or {@code fallback} when absent or not a number. */
    static int intVal(Node node, String childName, int fallback) {
        String v = val(node, childName);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * A toggle property such as {@code w:b}: null when the child is absent, else false only for an
     * explicit "false", "0", "off" or "none".
     */
    static Boolean toggle(Node node, String childName) {
        Element c = child(node, childName);
        if (c == null) {
            return null;
        }
        String v = attr(c, "val").toLowerCase(java.util.Locale.ROOT);
        return !(v.equals("false") || v.equals("0") || v.equals("off") || v.equals("none"));
    }
}
