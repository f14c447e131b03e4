package org.jixiao.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.jspecify.annotations.Nullable;

/**
 * The files embedded in a PDF: those of its EmbeddedFiles name tree (a portfolio's or a cover letter's attachments)
 * and those of file-attachment annotations (the paper-clip icon on a page), each once however many times it is
 * referred to, the name tree's first, then the pages' in page order.
 */
final class PdfAttachments {
  /** An embedded file and the name it is shown under. */
  record Attached(String name, PDEmbeddedFile file) {}

  /** Name-tree levels followed at most: a deeper tree is damaged or hostile. */
  private static final int MAX_DEPTH = 16;

  private PdfAttachments() {}

  static List<Attached> of(PDDocument doc) throws IOException {
    Map<COSBase, Boolean> seen = new IdentityHashMap<>();
    List<Attached> out = new ArrayList<>();
    PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
    if (names != null && names.getEmbeddedFiles() != null) {
      tree(names.getEmbeddedFiles(), 0, seen, out);
    }
    for (PDPage page : doc.getPages()) {
      for (PDAnnotation a : page.getAnnotations()) {
        if (a instanceof PDAnnotationFileAttachment f && f.getFile() instanceof PDComplexFileSpecification spec) {
          add(null, spec, seen, out);
        }
      }
    }
    return out;
  }

  private static void tree(PDNameTreeNode<PDComplexFileSpecification> node, int depth, Map<COSBase, Boolean> seen,
      List<Attached> out) throws IOException {
    if (depth > MAX_DEPTH) {
      return;
    }
    Map<String, PDComplexFileSpecification> here = node.getNames();
    if (here != null) {
      for (Map.Entry<String, PDComplexFileSpecification> e : here.entrySet()) {
        add(e.getKey(), e.getValue(), seen, out);
      }
    }
    List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
    if (kids != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
        tree(kid, depth + 1, seen, out);
      }
    }
  }

  private static void add(@Nullable String key, @Nullable PDComplexFileSpecification spec, Map<COSBase, Boolean> seen,
      List<Attached> out) {
    if (spec == null) {
      return;
    }
    PDEmbeddedFile file = first(spec.getEmbeddedFileUnicode(), spec.getEmbeddedFile(), spec.getEmbeddedFileDos(),
        spec.getEmbeddedFileMac(), spec.getEmbeddedFileUnix());
    if (file == null || seen.put(file.getCOSObject(), Boolean.TRUE) != null) {
      return;
    }
    String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : spec.getFilename();
    out.add(new Attached(name != null ? name : key != null ? key : "附件" + (out.size() + 1), file));
  }

  @SafeVarargs
  private static <T> @Nullable T first(@Nullable T... options) {
    for (T t : options) {
      if (t != null) {
        return t;
      }
    }
    return null;
  }
}
