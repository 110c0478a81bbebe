package org.agendapack.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The typesetting every page gets, whatever wrote its text (a template's data, a Markdown paper, a council's
 * wording): tokens that read as one word are never split over two lines ("24/7", "SB/BCC", an e-mail address,
 * a reference such as "R04a"); a list whose items carry their own letters ("(a)", "a)") is not bulleted as
 * well; a paragraph that is only bold text is marked as the heading it is, so it stays with what follows. The
 * house style says how each looks ({@code .nobreak}, {@code ul.lettered}, {@code p.lead-in}).
 */
public final class Typesetting {

    static final String XHTML = "http://www.w3.org/1999/xhtml";

    /**
     * Words joined by slashes (24/7, LGfL/Virgin, 2015/16), e-mail addresses, references of a few capitals,
     * digits and an optional letter (R04a, P1), and hyphenated references (PROC-2018-004).
     */
    static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:/[\\p{L}\\p{N}]+)+"
                    + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                    + "|\\b\\p{Lu}{1,3}\\d+[a-z]?\\b"
                    + "|\\b\\p{Lu}[\\p{Lu}\\d]*(?:-\\d+)+\\b");

    /** An item's own label: (a), a), (iv), iv). */
    static final Pattern LETTER = Pattern.compile("^\\s*\\(?(?:[a-z]|[ivx]{1,4})\\)\\s");

    /** Elements whose text is not running text: nothing is wrapped inside them. */
    private static final List<String> KEEP_AS_IS = List.of("head", "svg", "style", "title", "script");

    private Typesetting() {
    }

    /** The page (well-formed XHTML, as every template and Markdown paper gives) with the house typesetting. */
    public static String apply(String xhtml) {
        Document doc = parse(xhtml);
        apply(doc.getDocumentElement());
        return serialize(doc);
    }

    private static void apply(Element element) {
        String name = element.getLocalName();
        if (KEEP_AS_IS.contains(name)) {
            return;
        }
        if (name.equals("ul") && lettered(element)) {
            addClass(element, "lettered");
        }
        if (name.equals("p") && boldOnly(element)) {
            addClass(element, "lead-in");
        }
        if (hasClass(element, "nobreak")) {
            return;
        }
        List<Node> children = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            children.add(n);
        }
        for (Node n : children) {
            if (n instanceof Element e) {
                apply(e);
            } else if (n instanceof Text t && n.getNodeType() == Node.TEXT_NODE) {
                keepTokensWhole(t);
            }
        }
    }

    /** Splits a text node around each token, the token in a span of class nobreak. */
    private static void keepTokensWhole(Text text) {
        String s = text.getData();
        Matcher m = TOKEN.matcher(s);
        if (!m.find()) {
            return;
        }
        Document doc = text.getOwnerDocument();
        Node parent = text.getParentNode();
        int at = 0;
        do {
            if (m.start() > at) {
                parent.insertBefore(doc.createTextNode(s.substring(at, m.start())), text);
            }
            Element span = doc.createElementNS(XHTML, "span");
            span.setAttribute("class", "nobreak");
            span.appendChild(doc.createTextNode(m.group()));
            parent.insertBefore(span, text);
            at = m.end();
        } while (m.find());
        if (at < s.length()) {
            parent.insertBefore(doc.createTextNode(s.substring(at)), text);
        }
        parent.removeChild(text);
    }

    /** Every item of the list starts with its own letter label. */
    static boolean lettered(Element ul) {
        int items = 0;
        for (Node n = ul.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element li && li.getLocalName().equals("li")) {
                if (!LETTER.matcher(li.getTextContent()).find()) {
                    return false;
                }
                items++;
            }
        }
        return items > 0;
    }

    /** A paragraph whose only content is one strong (or b) element, e.g. Markdown's "**Cost Metrics**". */
    private static boolean boldOnly(Element p) {
        Element bold = null;
        for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.getLocalName().equals("strong") || e.getLocalName().equals("b")) && bold == null) {
                bold = e;
            } else if (!(n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank())) {
                return false;
            }
        }
        return bold != null && !bold.getTextContent().isBlank();
    }

    private static boolean hasClass(Element e, String name) {
        return (" " + e.getAttribute("class") + " ").contains(" " + name + " ");
    }

    private static void addClass(Element e, String name) {
        String classes = e.getAttribute("class");
        e.setAttribute("class", classes.isBlank() ? name : classes + " " + name);
    }

    private static Document parse(String xhtml) {
        try {
            // Generated XHTML never has a DTD; refusing one means no entity is ever resolved or fetched.
            return SecureXml.parser().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("The page is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static String serialize(Document doc) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            // XML as it came: the default for an <html> root is the HTML method, which indents and adds a <meta>.
            t.setOutputProperty(OutputKeys.METHOD, "xml");
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the page back as XHTML", e);
        }
    }
}
