package fr.boussole.commons.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} (from 0) and {@code size} (1 to 100) query parameters of every list. */
public class PageParams {

    public static final int MAX_SIZE = 100;
    /** Far past any list's end (ten million items at the largest size), so the offset stays a small integer. */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 0 to 100000")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, 1 to 100")
    public int size;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int offset() {
        return page * size;
    }
}
