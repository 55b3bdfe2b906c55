package pl.opium.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table that pages and sorts in the database: it asks a service for one page at a time, so a
 * list of 4,000 accounts or a year of audit entries is never loaded whole.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /**
     * The most rows one page may ask for: the table offers 10–100, and the page size comes from the
     * request, so a hand-made request for a million rows is answered with this many.
     */
    public static final int MAX_PAGE = 100;

    /** Counts the rows. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads one page, sorted by the field the user clicked (null: the default order). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int size, String sortField, boolean ascending);
    }

    /** The row key of a row. */
    public interface Key<T> extends Function<T, Object>, Serializable {
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    public PagedModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        int size = pageSize < 1 ? MAX_PAGE : Math.min(pageSize, MAX_PAGE);
        return loader.load(Math.max(first, 0), size, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }
}
