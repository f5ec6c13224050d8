package fr.boussole.commons.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;

/**
 * RFC 8288 {@code Link} header values (first, prev, next, last) for a page. Targets are relative references
 * (path and query), so they stay right when the request came through the gateway.
 */
public final class PageLinks {

    private PageLinks() {
    }

    public static Link[] of(Page<?> page, UriInfo uriInfo) {
        List<Link> links = new ArrayList<>();
        long last = Math.max(0, page.totalPages() - 1);
        links.add(link(uriInfo, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uriInfo, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uriInfo, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uriInfo, last, page.size(), "last"));
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
