package org.agendapack.pack;

import java.io.ByteArrayOutputStream;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPMediaManagementSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.ArrayProperty;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.type.Cardinality;
import org.apache.xmpbox.type.PDFAPropertyType;
import org.apache.xmpbox.type.PDFASchemaType;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The XMP metadata of a finished PDF: the document information restated (PDF/A requires the two to agree),
 * its identity, and, only when the file conforms, the PDF/A-2a and PDF/UA-1 identification. PDF/UA's
 * identification schema is not one PDF/A predefines, so it is described in a PDF/A extension schema.
 */
final class XmpPacket {

    static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PDFUA_PREFIX = "pdfuaid";

    private XmpPacket() {
    }

    /**
     * @param info the document information, dates included, exactly as the file carries it
     * @param id the document's identity ("uuid:…"), used as both document and instance ID
     * @param conforms whether to claim PDF/A-2a and PDF/UA-1
     */
    static byte[] of(PDDocumentInformation info, String id, boolean conforms) {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setFormat("application/pdf");
            dc.setTitle(info.getTitle());
            dc.addCreator(info.getAuthor());
            dc.setDescription(info.getSubject());

            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool(info.getCreator());
            basic.setCreateDate(info.getCreationDate());
            basic.setModifyDate(info.getModificationDate());
            basic.setMetadataDate(info.getModificationDate());

            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(info.getProducer());

            XMPMediaManagementSchema mm = xmp.createAndAddXMPMediaManagementSchema();
            mm.setDocumentID(id);
            mm.setInstanceID(id);

            if (conforms) {
                PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
                pdfa.setPart(2);
                pdfa.setConformance("A");
                XMPSchema pdfua = xmp.createAndAddDefaultSchema(PDFUA_PREFIX, PDFUA_NAMESPACE);
                pdfua.setIntegerPropertyValueAsSimple("part", 1);
                describePdfUaSchema(xmp);
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            return out.toByteArray();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("Cannot write the XMP metadata", e);
        }
    }

    /** pdfaExtension:schemas describing pdfuaid:part, as PDF/A requires for a schema it does not predefine. */
    private static void describePdfUaSchema(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        ArrayProperty schemas = extension.createArrayProperty(PDFAExtensionSchema.SCHEMAS, Cardinality.Bag);
        extension.addProperty(schemas);

        PDFASchemaType schema = new PDFASchemaType(xmp);
        schema.addProperty(schema.createTextType(PDFASchemaType.SCHEMA, "PDF/UA Universal Accessibility Schema"));
        schema.addProperty(xmp.getTypeMapping().createURI(schema.getNamespace(), schema.getPrefix(),
                PDFASchemaType.NAMESPACE_URI, PDFUA_NAMESPACE));
        schema.addProperty(schema.createTextType(PDFASchemaType.PREFIX, PDFUA_PREFIX));
        ArrayProperty properties = schema.createArrayProperty(PDFASchemaType.PROPERTY, Cardinality.Seq);
        schema.addProperty(properties);
        schemas.addProperty(schema);

        PDFAPropertyType part = new PDFAPropertyType(xmp);
        part.addProperty(part.createTextType(PDFAPropertyType.NAME, "part"));
        part.addProperty(part.createTextType(PDFAPropertyType.VALUETYPE, "Integer"));
        part.addProperty(part.createTextType(PDFAPropertyType.CATEGORY, "internal"));
        part.addProperty(part.createTextType(PDFAPropertyType.DESCRIPTION,
                "Indicates which part of ISO 14289 the document conforms to"));
        properties.addProperty(part);
    }
}
