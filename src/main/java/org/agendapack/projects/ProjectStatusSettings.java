package org.agendapack.projects;

/** reports."project-status" in meeting.json (optional): the report's title, default "Project status". */
public record ProjectStatusSettings(String title) {

    public String titleOrDefault() {
        return title == null || title.isBlank() ? "Project status" : title;
    }
}
