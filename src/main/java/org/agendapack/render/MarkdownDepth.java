package org.agendapack.render;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * How deeply a Markdown document nests quotes and lists. Each level indents the text further; past about 20
 * quote levels the text runs off the page, so nesting is limited well before that, and a deeper document is
 * refused rather than printed with its innermost text missing.
 */
public final class MarkdownDepth {

    /** Quotes and lists inside each other, at most (a list inside a quote inside a list is three). */
    public static final int MAX = 16;

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownDepth() {
    }

    /** The deepest nesting and the source line where it is reached (from 1; 0 when unknown). */
    public record Depth(int levels, int line) {
    }

    /** Walked without recursion: a hostile document may nest thousands deep. */
    public static Depth of(String markdown) {
        Node document = PARSER.parse(markdown);
        int depth = 0;
        int deepest = 0;
        int line = 0;
        Node node = document;
        while (node != null) {
            if (nests(node)) {
                depth++;
                if (depth > deepest) {
                    deepest = depth;
                    line = lineOf(node);
                }
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != document && node.getNext() == null) {
                if (nests(node)) {
                    depth--;
                }
                node = node.getParent();
            }
            if (node == document) {
                break;
            }
            if (nests(node)) {
                depth--;
            }
            node = node.getNext();
        }
        return new Depth(deepest, line);
    }

    private static boolean nests(Node node) {
        return node instanceof BlockQuote || node instanceof ListBlock;
    }

    private static int lineOf(Node node) {
        var spans = node.getSourceSpans();
        return spans == null || spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
