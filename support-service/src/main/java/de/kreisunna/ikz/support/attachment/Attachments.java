package de.kreisunna.ikz.support.attachment;

import static de.kreisunna.ikz.support.persistence.SqlTimes.instant;

import de.kreisunna.ikz.platform.domain.ContentTooLarge;
import de.kreisunna.ikz.platform.domain.InvalidInput;
import de.kreisunna.ikz.platform.domain.NotFound;
import de.kreisunna.ikz.platform.domain.UnsupportedContent;
import de.kreisunna.ikz.support.access.Actor;
import de.kreisunna.ikz.support.request.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Files on requests and comments, stored in PostgreSQL. Visible by the request's rules (another town's or
 * team's request does not exist for the caller); internal ones only to staff. The type is detected from the
 * content; a declared type that differs is refused.
 */
@ApplicationScoped
public class Attachments {

    /** The largest file accepted (10 MiB). */
    public static final int MAX_SIZE = 10 * 1024 * 1024;

    public record AttachmentView(UUID id, UUID commentId, String fileName, String mediaType, int size, String sha256,
            boolean internal, String uploadedBy, Instant uploadedAt) {
    }

    public record Download(String fileName, String mediaType, byte[] content) {
    }

    private final EntityManager em;
    private final Clock clock;

    Attachments(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public AttachmentView upload(UUID requestId, UUID commentId, Actor by, String fileName, String declaredType,
            byte[] content, boolean internal) {
        if (fileName.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw new InvalidInput("fileName", "must be a file name without path separators or control characters");
        }
        SupportRequest request = visible(requestId, by, LockModeType.PESSIMISTIC_WRITE);
        boolean isInternal = request.checkAttachment(by, commentId, internal);
        if (content.length == 0) {
            throw new InvalidInput("content", "must not be empty");
        }
        if (content.length > MAX_SIZE) {
            throw new ContentTooLarge("content", content.length + " bytes; must be at most 10 MB (" + MAX_SIZE + " bytes)");
        }
        String type = MediaTypes.detect(content).orElseThrow(() -> new UnsupportedContent("content",
                "must be a PDF, PNG, JPEG or plain-text file (checked by content)"));
        if (declaredType != null && !declaredType.equalsIgnoreCase(type)) {
            throw new InvalidInput("mediaType", "the content is " + type + ", not " + declaredType);
        }
        AttachmentView view = new AttachmentView(UUID.randomUUID(), commentId, fileName, type, content.length,
                sha256(content), isInternal, by.name(), clock.instant());
        em.createNativeQuery("""
                INSERT INTO support_request_attachment (id, request_id, comment_id, file_name, media_type, size, sha256,
                    internal, uploaded_by, uploaded_at, content)
                VALUES (:id, :request, :comment, :name, :type, :size, :sha, :internal, :by, :at, :content)""")
                .setParameter("id", view.id()).setParameter("request", requestId).setParameter("comment", commentId)
                .setParameter("name", fileName).setParameter("type", type).setParameter("size", content.length)
                .setParameter("sha", view.sha256()).setParameter("internal", isInternal)
                .setParameter("by", by.name()).setParameter("at", view.uploadedAt()).setParameter("content", content)
                .executeUpdate();
        return view;
    }

    /** The attachments of a request the caller may see, in upload order. */
    @Transactional
    public List<AttachmentView> list(UUID requestId, Actor by) {
        visible(requestId, by, LockModeType.NONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, comment_id, file_name, media_type, size, sha256, internal, uploaded_by, uploaded_at
                FROM support_request_attachment WHERE request_id = :request AND (:staff OR NOT internal)
                ORDER BY seq""")
                .setParameter("request", requestId).setParameter("staff", by.isStaff()).getResultList();
        return rows.stream().map(r -> new AttachmentView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], (Boolean) r[6], (String) r[7], instant(r[8]))).toList();
    }

    @Transactional
    public Download download(UUID requestId, UUID attachmentId, Actor by) {
        visible(requestId, by, LockModeType.NONE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT file_name, media_type, content FROM support_request_attachment
                WHERE id = :id AND request_id = :request AND (:staff OR NOT internal)""")
                .setParameter("id", attachmentId).setParameter("request", requestId)
                .setParameter("staff", by.isStaff()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("attachment " + attachmentId);
        }
        return new Download((String) rows.get(0)[0], (String) rows.get(0)[1], (byte[]) rows.get(0)[2]);
    }

    private SupportRequest visible(UUID id, Actor by, LockModeType lock) {
        SupportRequest request = em.find(SupportRequest.class, id, lock);
        if (request == null || !request.isVisibleTo(by)) {
            throw new NotFound("support request " + id);
        }
        return request;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
