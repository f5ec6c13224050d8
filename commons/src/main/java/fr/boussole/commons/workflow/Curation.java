package fr.boussole.commons.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.boussole.commons.paging.Page;
import fr.boussole.commons.paging.PageParams;
import fr.boussole.commons.problem.ProblemException;
import fr.boussole.commons.problem.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * The rules every curated content shares: a step only from the status it expects, four-eyes publication, and the
 * per-field changes its history keeps.
 */
public final class Curation {

    private Curation() {
    }

    /** 409 unless the content is in the status the step starts from. */
    public static void requireStatus(ContentStatus current, ContentStatus expected, String step) {
        if (current != expected) {
            throw ProblemException.conflict("Only content in status " + expected + " can be " + step
                    + "; this one is " + current);
        }
    }

    /** Four-eyes: 403 when whoever changed the content last tries to publish it. */
    public static void requireAnotherPublisher(String lastEditor, String publisher, String what) {
        if (publisher.equals(lastEditor)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Four-eyes rule: you changed this " + what
                    + " last, so another curator must publish it");
        }
    }

    /** 412 for a write that lost the race against another one made on the same version. */
    public static ProblemException concurrentChange(String what) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, "The " + what + " was changed by someone else"
                + " at the same time; read it again and retry");
    }

    /** The content as field paths and values (translations.fr.title), without the keys that are not content. */
    public static Map<String, Object> snapshot(ObjectMapper mapper, Object content, Set<String> notContent) {
        return flatten(mapper.convertValue(content, new TypeReference<Map<String, Object>>() {
        }), notContent);
    }

    /** A page of a content's history, newest first. */
    public static <H extends CurationHistoryEntry> Page<HistoryEntryView> history(
            PanacheRepositoryBase<H, Long> history, String slug, PageParams paging) {
        List<HistoryEntryView> entries = history.find("slug", Sort.descending("id"), slug)
                .page(paging.page, paging.size).list().stream().map(CurationHistoryEntry::view).toList();
        return Page.of(entries, paging, history.count("slug", slug));
    }

    /** Nested values as field paths (translations.fr.title), without nulls and the ignored top-level keys. */
    public static Map<String, Object> flatten(Map<String, Object> nested, Set<String> ignored) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", nested, ignored, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> values, Set<String> ignored,
            Map<String, Object> into) {
        values.forEach((key, value) -> {
            if (prefix.isEmpty() && ignored.contains(key)) {
                return;
            }
            if (value instanceof Map<?, ?> map) {
                flatten(prefix + key + ".", (Map<String, Object>) map, ignored, into);
            } else if (value != null) {
                into.put(prefix + key, value);
            }
        });
    }

    /** Each field whose value differs, by path in alphabetical order. */
    public static Map<String, FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.put(field, new FieldChange(before.get(field), after.get(field)));
            }
        }
        return changes;
    }
}
