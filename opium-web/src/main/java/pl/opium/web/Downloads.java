package pl.opium.web;

import jakarta.servlet.http.HttpServletResponse;
import pl.opium.OpiumException;
import pl.opium.files.Attachment;
import pl.opium.files.AttachmentService;
import pl.opium.identity.AccessDeniedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every download servlet does alike: files always go as attachments, never inline, so an
 * uploaded file cannot run in the application's pages; a service's refusal becomes 403 or 404.
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** Sets the headers of a download named {@code fileName} (Polish letters kept for browsers that read them). */
    public static void start(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Streams a stored file. */
    public static void file(HttpServletResponse response, Attachment attachment, AttachmentService files) throws IOException {
        start(response, attachment.getMediaType(), attachment.getFileName());
        response.setContentLengthLong(attachment.getSize());
        try (InputStream in = files.open(attachment); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** Sends bytes made in memory (a PDF, a small workbook). */
    public static void bytes(HttpServletResponse response, String type, String fileName, byte[] content) throws IOException {
        start(response, type, fileName);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** Answers a refusal with 403 (someone else's) or 404 (no such thing); anything else is rethrown. */
    public static void refuse(HttpServletResponse response, RuntimeException failure) throws IOException {
        OpiumException refusal = Feedback.refusalIn(failure);
        if (refusal == null || response.isCommitted()) {
            throw failure;
        }
        response.sendError(refusal instanceof AccessDeniedException ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_NOT_FOUND, Feedback.text(refusal.getMessageKey(), refusal.getArguments()));
    }
}
