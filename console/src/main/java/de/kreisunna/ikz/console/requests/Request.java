package de.kreisunna.ikz.console.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A support request as support-service shows it to the signed-in user (only the fields the pages use). */
public record Request(UUID id, String ags, Category category, Priority priority, Status status, Team team,
        String submittedBy, String externalReference, String subject, String description, String requesterName,
        String requesterContact, String assignee, Instant createdAt, Instant resolvedAt, Licence licence, Sla sla,
        List<Comment> comments) {

    public record Licence(String product, Integer quantity, LocalDate effectiveFrom, Integer grantedQuantity) {
    }

    public record Sla(boolean paused, Target firstResponse, Target resolution) {
    }

    public record Target(String state, BigDecimal allowedHours, BigDecimal elapsedHours, Instant dueAt,
            Instant achievedAt) {

        public String stateLabel() {
            return switch (state == null ? "" : state) {
                case "RUNNING" -> "läuft";
                case "PAUSED" -> "angehalten";
                case "MET" -> "eingehalten";
                case "BREACHED" -> "überschritten";
                default -> "–";
            };
        }

        public boolean breached() {
            return "BREACHED".equals(state);
        }
    }

    public record Comment(Instant at, String author, boolean byStaff, boolean internal, String text) {
    }

    /** When the resolution target is due; null while paused or achieved. */
    public Instant dueAt() {
        return sla == null || sla.resolution() == null ? null : sla.resolution().dueAt();
    }

    public boolean overdue(Instant now) {
        return sla != null && sla.resolution() != null && (sla.resolution().breached()
                || (dueAt() != null && dueAt().isBefore(now) && resolvedAt == null));
    }

    public enum Status {
        NEW("Neu"), IN_PROGRESS("In Bearbeitung"), WAITING_FOR_REQUESTER("Rückfrage beim Anfragenden"),
        RESOLVED("Gelöst"), CLOSED("Geschlossen"), REJECTED("Abgelehnt");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * The buttons offered in this status; which action the workflow accepts is still decided by the service,
         * whose refusal the page shows.
         */
        public Set<String> actions() {
            return switch (this) {
                case NEW -> Set.of("start", "ask", "resolve", "reject", "forward");
                case IN_PROGRESS -> Set.of("ask", "resolve", "reject", "forward");
                case WAITING_FOR_REQUESTER -> Set.of("start", "resolve", "reject");
                case RESOLVED -> Set.of("close", "reopen");
                case CLOSED, REJECTED -> Set.of();
            };
        }

        public boolean allows(String action) {
            return actions().contains(action);
        }
    }

    public enum Category {
        APPLICATION_QUESTION("Fachliche Frage"), ADMINISTRATION_REQUEST("Administrationsauftrag"),
        TECHNICAL_INCIDENT("Technische Störung"), LICENCE_REQUEST("Lizenzanfrage"), TRAINING_REQUEST("Schulungswunsch");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Priority {
        CRITICAL("kritisch"), HIGH("hoch"), NORMAL("normal"), LOW("niedrig");

        private final String label;

        Priority(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Team {
        KOPFSTELLE("Kopfstelle"), OPERATOR_IT("Kreis IT");

        private final String label;

        Team(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
