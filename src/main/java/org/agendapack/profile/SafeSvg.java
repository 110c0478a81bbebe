package org.agendapack.profile;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.agendapack.render.SecureXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A logo's SVG, checked before it is put into the front sheet: well-formed, an svg root, no scripts, no
 * embedded HTML, no event handlers and no reference to anything outside the file itself.
 */
final class SafeSvg {

    private static final Set<String> REFUSED = Set.of("script", "foreignobject", "iframe", "object", "embed");

    private SafeSvg() {
    }

    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The SVG re-serialised from its checked tree (so it is well-formed), without an XML declaration, with
     * {@code alt} on its root: openhtmltopdf tags an inline SVG as a Figure with that alternative text.
     */
    static String check(byte[] bytes, String alt) throws Refused {
        Element root;
        try {
            root = SecureXml.parser().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (Exception e) {
            throw new Refused("not a well-formed SVG file (no DOCTYPE or entities allowed)");
        }
        if (!"svg".equals(root.getLocalName())) {
            throw new Refused("an SVG logo's root element must be <svg>");
        }
        walk(root);
        root.setAttribute("alt", alt == null ? "" : alt);
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new Refused("cannot read the SVG: " + e.getMessage());
        }
    }

    private static void walk(Element e) throws Refused {
        String name = (e.getLocalName() == null ? e.getNodeName() : e.getLocalName()).toLowerCase(Locale.ROOT);
        if (REFUSED.contains(name)) {
            throw new Refused("an SVG logo may not contain <" + name + ">");
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String an = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
            String value = a.getValue().strip();
            if (an.startsWith("on")) {
                throw new Refused("an SVG logo may not have event handlers (" + a.getName() + ")");
            }
            if ((an.equals("href") || an.equals("src")) && !value.startsWith("#")) {
                throw new Refused("an SVG logo may not refer to other files or addresses (" + a.getName() + "=\"" + value + "\")");
            }
            if (value.toLowerCase(Locale.ROOT).contains("url(") && !value.replace(" ", "").toLowerCase(Locale.ROOT).matches(".*url\\(#.*")) {
                throw new Refused("an SVG logo may not refer to other files or addresses (" + a.getName() + ")");
            }
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child);
            }
        }
    }
}
