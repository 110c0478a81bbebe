package org.agendapack.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agendapack.run.BuildContext;
import org.agendapack.meeting.AgendaItem;
import org.agendapack.meeting.Paper;
import org.agendapack.problem.Problem;
import org.agendapack.render.CrossReferences;
import org.agendapack.render.Markdown;
import org.springframework.stereotype.Component;

/**
 * The places of a pack (Markdown headings with an id) and the references its Markdown papers make, checked
 * before anything is rendered: every id well-formed and used once, every reference to a place that exists.
 * Datasets whose text can refer to places (recommendations) check theirs with {@link #ids(BuildContext)}.
 */
@Component
public class PackPlaces {

    private final Markdown markdown;

    public PackPlaces(Markdown markdown) {
        this.markdown = markdown;
    }

    /** The ids of every place in the pack's Markdown papers. */
    public Set<String> ids(BuildContext build) {
        Set<String> ids = new LinkedHashSet<>();
        for (var e : marks(build).entrySet()) {
            e.getValue().places().forEach(p -> ids.add(p.id()));
        }
        return ids;
    }

    /** Problems with the places and the references of the pack's Markdown papers. */
    public List<Problem> check(BuildContext build) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Markdown.Marks> marks = marks(build);
        Map<String, String> where = new LinkedHashMap<>();
        for (var e : marks.entrySet()) {
            for (Markdown.Mark place : e.getValue().places()) {
                if (!CrossReferences.ID.matcher(place.id()).matches()) {
                    problems.add(Problem.in(e.getKey()).line((long) place.line()).field("heading id").value("{#" + place.id() + "}")
                            .error("an id is lower-case letters, digits and hyphens, e.g. {#r04a}"));
                } else if (where.putIfAbsent(place.id(), e.getKey() + " line " + place.line()) != null) {
                    problems.add(Problem.in(e.getKey()).line((long) place.line()).field("heading id").value("{#" + place.id() + "}")
                            .error("the id is already used (" + where.get(place.id()) + "); each place of the pack needs its own"));
                }
            }
        }
        for (var e : marks.entrySet()) {
            for (Markdown.Mark ref : e.getValue().references()) {
                if (!where.containsKey(ref.id())) {
                    problems.add(unknown(e.getKey(), ref.line(), "link", ref.id(), where.keySet()));
                }
            }
        }
        return problems;
    }

    /** A reference to a place that no paper of the pack has. */
    public static Problem unknown(String file, long line, String field, String id, Set<String> places) {
        return Problem.in(file).line(line).field(field).value("#" + id)
                .error("no heading of the pack's Markdown papers has the id {#"
                + id + "}" + (places.isEmpty() ? "; give the heading referred to one, e.g. \"## Evidence {#" + id + "}\""
                        : "; the ids are " + places));
    }

    private Map<String, Markdown.Marks> marks(BuildContext build) {
        Map<String, Markdown.Marks> marks = new LinkedHashMap<>();
        for (AgendaItem item : build.meeting().items()) {
            for (Paper paper : item.papers()) {
                if (paper.document() != null && paper.document().toLowerCase().endsWith(".md")
                        && !marks.containsKey(paper.document())) {
                    Path file = build.folder().document(paper.document());
                    try {
                        marks.put(paper.document(), markdown.marks(Files.readString(file)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + file, e);
                    }
                }
            }
        }
        return marks;
    }
}
