package org.agendapack.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.springframework.stereotype.Component;

/**
 * CommonMark with GFM tables to an XHTML fragment for the house style. Raw HTML in a document is shown as
 * text, and images and links render as their text: a document cannot make the renderer fetch anything.
 * For the tagged PDF: headings are renumbered to go in order from H1 with no level skipped, and table
 * header cells say they head their column. Cross-references ({@link CrossReferences}): a heading ending in
 * {@code {#id}} is a place, a link {@code [text](#id)} prints the place's pack page, and a paragraph that is
 * just {@code [[contents]]} becomes a contents list of the document's sections with their pages.
 */
@Component
public class Markdown {

    /** A paragraph that is only this becomes the document's contents list. */
    public static final String CONTENTS = "[[contents]]";

    private final Parser parser;
    private final List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());

    public Markdown() {
        parser = Parser.builder().extensions(extensions).postProcessor(new HeadingsInOrder())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    }

    public String toXhtml(String markdown) {
        return toXhtml(markdown, 1);
    }

    /** As {@link #toXhtml(String)}, the first heading level being {@code firstLevel} (a block within a page). */
    public String toXhtml(String markdown, int firstLevel) {
        return toXhtml(markdown, firstLevel, "doc", CrossReferences.PageNumbers.UNKNOWN);
    }

    /**
     * As {@link #toXhtml(String, int)}, a paper of the pack: {@code key} makes its own sections' ids unique in
     * the pack, and references print the pages {@code pages} knows.
     */
    public String toXhtml(String markdown, int firstLevel, String key, CrossReferences.PageNumbers pages) {
        Node document = parser.parse(markdown.replace("\uFEFF", ""));
        if (firstLevel > 1) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    heading.setLevel(Math.min(6, heading.getLevel() + firstLevel - 1));
                }
            });
        }
        Map<Heading, String> ids = headingIds(document, key, markdown.contains(CONTENTS));
        contents(document, ids, firstLevel);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(context -> new Links(context, pages))
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof TableCell cell && cell.isHeader()) {
                        attributes.put("scope", "col");
                    }
                    if (node instanceof Heading h && ids.containsKey(h)) {
                        attributes.put("id", CrossReferences.ANCHOR_PREFIX + ids.get(h));
                    }
                })
                .build();
        return renderer.render(document);
    }

    /** A place or a reference in a document, with its line (1-based). */
    public record Mark(String id, int line) {
    }

    /** The places (headings with an id) and the references of a document, for checking them across the pack. */
    public record Marks(List<Mark> places, List<Mark> references) {
    }

    public Marks marks(String markdown) {
        Node document = parser.parse(markdown.replace("\uFEFF", ""));
        List<Mark> places = new ArrayList<>();
        List<Mark> references = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = explicitId(heading, false);
                if (id != null) {
                    places.add(new Mark(id, line(heading)));
                }
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                if (link.getDestination() != null && link.getDestination().startsWith("#")) {
                    references.add(new Mark(link.getDestination().substring(1), line(link)));
                }
                visitChildren(link);
            }
        });
        return new Marks(places, references);
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    /**
     * Each heading's id: the one it gives ({#id}, taken out of its text), or, in a document with a contents
     * list, one made from the paper's key.
     */
    private static Map<Heading, String> headingIds(Node document, String key, boolean contents) {
        Map<Heading, String> ids = new java.util.LinkedHashMap<>(); // document order; nodes compare by identity
        String prefix = "s-" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-";
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = explicitId(heading, true);
                if (id != null || contents) {
                    ids.put(heading, id != null ? id : prefix + (ids.size() + 1));
                }
            }
        });
        return ids;
    }

    /** The {#id} ending a heading's text, if any; {@code strip} takes it out of the text. */
    private static String explicitId(Heading heading, boolean strip) {
        if (!(heading.getLastChild() instanceof Text last)) {
            return null;
        }
        Matcher m = CrossReferences.HEADING_ID.matcher(last.getLiteral());
        if (!m.find()) {
            return null;
        }
        if (strip) {
            last.setLiteral(last.getLiteral().substring(0, m.start()));
        }
        return m.group(1);
    }

    /** Replaces a [[contents]] paragraph with the list of the sections that follow the document's title. */
    private static void contents(Node document, Map<Heading, String> ids, int firstLevel) {
        List<Paragraph> marks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph p) {
                if (p.getFirstChild() instanceof Text t && p.getFirstChild() == p.getLastChild()
                        && CONTENTS.equals(t.getLiteral().strip())) {
                    marks.add(p);
                }
            }
        });
        for (Paragraph p : marks) {
            Node before = p.getPrevious();
            List<ContentsList.Entry> entries = new ArrayList<>();
            for (Map.Entry<Heading, String> e : ids.entrySet()) {
                Heading h = e.getKey();
                if (h.getLevel() > firstLevel && h != before) {
                    entries.add(new ContentsList.Entry(h.getLevel() - firstLevel, text(h), e.getValue()));
                }
            }
            p.insertBefore(new ContentsList(entries));
            p.unlink();
        }
    }

    private static String text(Node node) {
        StringBuilder s = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                s.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                s.append(code.getLiteral());
            }
        });
        return s.toString().strip();
    }

    /** The contents list a [[contents]] paragraph becomes: each section's title and pack page. */
    static final class ContentsList extends CustomBlock {
        record Entry(int depth, String title, String id) {
        }

        final List<Entry> entries;

        ContentsList(List<Entry> entries) {
            this.entries = entries;
        }
    }

    /** The first level-1 heading's text, if any. */
    public String title(String markdown) {
        for (String line : markdown.split("\n")) {
            if (line.startsWith("# ")) {
                return line.substring(2).strip();
            }
        }
        return null;
    }

    /**
     * Each heading's level becomes its depth among the headings above it: "## A, #### B, ## C" is H1, H2, H1,
     * so a document that starts at ## or skips a level still reads as an outline.
     */
    private static final class HeadingsInOrder implements PostProcessor {
        @Override
        public Node process(Node document) {
            Deque<Integer> open = new ArrayDeque<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Heading heading) {
                    while (!open.isEmpty() && open.peek() >= heading.getLevel()) {
                        open.pop();
                    }
                    open.push(heading.getLevel());
                    heading.setLevel(open.size());
                }
            });
            return document;
        }
    }

    /**
     * Images as their alt text, links as their text; a link to a place of the pack ({@code #id}) as its text and
     * the place's page, linked to it when the pack is assembled; the contents list.
     */
    private static final class Links implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final CrossReferences.PageNumbers pages;

        Links(HtmlNodeRendererContext context, CrossReferences.PageNumbers pages) {
            this.context = context;
            this.html = context.getWriter();
            this.pages = pages;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class, Link.class, ContentsList.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Image) {
                html.text("[" + altText(node) + "]");
                return;
            }
            if (node instanceof ContentsList list) {
                html.line();
                html.tag("ul", Map.of("class", "contents"));
                for (ContentsList.Entry e : list.entries) {
                    html.tag("li", Map.of("class", "contents-" + Math.min(e.depth(), 4)));
                    html.tag("a", Map.of("href", CrossReferences.SCHEME + e.id()));
                    html.text(e.title());
                    html.tag("/a");
                    html.tag("span", Map.of("class", "contents-page"));
                    html.text(CrossReferences.page(pages, e.id()));
                    html.tag("/span");
                    html.tag("/li");
                    html.line();
                }
                html.tag("/ul");
                html.line();
                return;
            }
            Link link = (Link) node;
            String destination = link.getDestination();
            boolean reference = destination != null && destination.startsWith("#");
            if (reference) {
                html.tag("a", Map.of("href", CrossReferences.SCHEME + destination.substring(1), "class", "ref"));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            if (reference) {
                html.text((node.getFirstChild() == null ? "" : " ")
                        + CrossReferences.printed("", CrossReferences.page(pages, destination.substring(1))));
                html.tag("/a");
            }
        }

        private static String altText(Node node) {
            StringBuilder s = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text t) {
                    s.append(t.getLiteral());
                }
            }
            return s.isEmpty() ? "image" : s.toString();
        }
    }
}
