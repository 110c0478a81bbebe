package org.agendapack.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References from one paper to a place in another paper of the same pack. A place is a Markdown heading given
 * an id ({@code ## 7 Examples of new projects {#r04a}}); a reference is a link to it ({@code [see](#r04a)}), in
 * a Markdown paper or in a dataset's text, and prints "see page 18": the page of the pack where the heading
 * really landed, as a link to it. Papers are rendered with a reference's page unknown first, then again with
 * the pages the first layout gave them.
 */
public final class CrossReferences {

    /** The link target of a reference in the XHTML: resolved to a page of the pack when it is assembled. */
    public static final String SCHEME = "agendapack-ref:";
    /** The prefix of a place's id in the XHTML, so the renderer can find where each landed. */
    public static final String ANCHOR_PREFIX = "ap-";
    /** What an id may be: lower-case letters, digits and hyphens. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A reference in plain text: [text](#id). */
    public static final Pattern REFERENCE = Pattern.compile("\\[([^\\]\\[]*)\\]\\(#([^)\\s]*)\\)");
    /** A heading's id at the end of its text: {#id}. */
    public static final Pattern HEADING_ID = Pattern.compile("\\s*\\{#([^}\\s]*)\\}\\s*$");

    /** The pack pages of the places of a pack, as far as they are known. */
    @FunctionalInterface
    public interface PageNumbers {
        /** The pack page of a place, or null while the layout is not known. */
        Integer pageOf(String id);

        PageNumbers UNKNOWN = id -> null;
    }

    /** Plain text, or a reference (its text, the place's id and its page as printed). */
    public record Segment(String text, String ref, String page) {
        public boolean isReference() {
            return ref != null;
        }

        public String printed() {
            return CrossReferences.printed(text, page);
        }
    }

    private CrossReferences() {
    }

    /** "see page 18", or "page 18" for a reference without text. */
    public static String printed(String text, String page) {
        return text.isBlank() ? "page " + page : text + " page " + page;
    }

    /** A page as printed: the number, or "?" while it is not known. */
    public static String page(PageNumbers pages, String id) {
        Integer page = pages.pageOf(id);
        return page == null ? "?" : page.toString();
    }

    /** Plain text split into text and references. */
    public static List<Segment> segments(String text, PageNumbers pages) {
        List<Segment> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Segment(text.substring(at, m.start()), null, null));
            }
            out.add(new Segment(m.group(1), m.group(2), page(pages, m.group(2))));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null, null));
        }
        return out;
    }

    /** The ids a text refers to. */
    public static List<String> referencesIn(String text) {
        List<String> ids = new ArrayList<>();
        if (text != null) {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                ids.add(m.group(2));
            }
        }
        return ids;
    }
}
