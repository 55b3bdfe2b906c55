package pl.opium.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PagedModelTest {

    private final List<int[]> asked = new ArrayList<>();
    private final PagedModel<String> model = new PagedModel<>(() -> 1_000_000L, (first, size, field, ascending) -> {
        asked.add(new int[]{first, size});
        return List.of();
    }, row -> row);

    @Test
    void aPageAskedForByHandIsNeverLargerThanTheTableOffers() {
        model.load(0, 1_000_000, Map.of(), Map.of());
        model.load(-5, 0, Map.of(), Map.of());
        model.load(50, 25, Map.of(), Map.of());
        assertThat(asked).containsExactly(new int[]{0, PagedModel.MAX_PAGE}, new int[]{0, PagedModel.MAX_PAGE},
                new int[]{50, 25});
    }
}
