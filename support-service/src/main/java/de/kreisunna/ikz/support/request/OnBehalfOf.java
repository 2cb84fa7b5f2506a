package de.kreisunna.ikz.support.request;

/** The caseworker (name and e-mail) a helpdesk comment was written for, shown with the comment. */
public record OnBehalfOf(String name, String email) {
}
