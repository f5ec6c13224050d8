package fr.boussole.commons.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One page of a list: its items, where it is, and how many items the whole list has. */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Requested page size", examples = "20") int size,
        @Schema(description = "Number of items in the whole list", examples = "9") long total) {

    public static <T> Page<T> of(List<T> items, PageParams params, long total) {
        return new Page<>(List.copyOf(items), params.page, params.size, total);
    }

    /** Pages an in-memory list, for short reference lists that are read whole. */
    public static <T> Page<T> slice(List<T> all, PageParams params) {
        int from = (int) Math.min(all.size(), (long) params.page * params.size);
        int to = Math.min(all.size(), from + params.size);
        return of(all.subList(from, to), params, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    @JsonProperty
    @Schema(description = "Number of pages", examples = "1")
    public long totalPages() {
        return pageCount(total, size);
    }

    /** How many pages of {@code size} items {@code total} items fill. */
    public static long pageCount(long total, int size) {
        return total == 0 ? 0 : (total + size - 1) / size;
    }
}
