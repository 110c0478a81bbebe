package org.agendapack.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
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
 * header cells say they head their column.
 */
@Component
public class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        var extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).postProcessor(new HeadingsInOrder()).build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .nodeRendererFactory(TextOnlyLinks::new)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof TableCell cell && cell.isHeader()) {
                        attributes.put("scope", "col");
                    }
                })
                .build();
    }

    public String toXhtml(String markdown) {
        return renderer.render(parser.parse(markdown.replace("\uFEFF", "")));
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

    private static final class TextOnlyLinks implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        TextOnlyLinks(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class, Link.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Image) {
                html.text("[" + altText(node) + "]");
                return;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
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
