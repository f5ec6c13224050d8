package fr.boussole.commons.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * RFC 8288 {@code Link} header values (first, prev, next, last) for a page. Targets are relative references
 * (path and query), so they stay right when the request came through the gateway.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /** A page of the caller's own data: the page with its links, kept out of every cache. */
    public static <T> RestResponse<Page<T>> privatePage(Page<T> page, UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.ok(page).links(of(page, uriInfo))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    public static Link[] of(Page<?> page, UriInfo uriInfo) {
        return of(page.page(), page.size(), page.total(), uriInfo);
    }

    /** For answers that are not a {@link Page} but are paged the same way (search results with facets). */
    public static Link[] of(int page, int size, long total, UriInfo uriInfo) {
        List<Link> links = new ArrayList<>();
        long last = Math.max(0, Page.pageCount(total, size) - 1);
        links.add(link(uriInfo, 0, size, "first"));
        if (page > 0) {
            links.add(link(uriInfo, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(uriInfo, page + 1, size, "next"));
        }
        links.add(link(uriInfo, last, size, "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uriInfo, long page, int size, String rel) {
        URI absolute = uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build();
        String relative = absolute.getRawPath() + (absolute.getRawQuery() == null ? "" : "?" + absolute.getRawQuery());
        return Link.fromUri(URI.create(relative)).rel(rel).build();
    }
}
