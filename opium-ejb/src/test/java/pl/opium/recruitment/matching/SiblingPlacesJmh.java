package pl.opium.recruitment.matching;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The city's assignment with places added for siblings, run by {@link MatchingBenchmark}: each place
 * copies the input once with one-place units added, so this is what a run with them costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SiblingPlacesJmh {

    /** Places added for siblings in a city of 40,000 candidates (twins are about 1.5% of births). */
    @Param({"0", "400", "2000"})
    public int places;

    private MatchingInput input;
    private List<SiblingPlace> siblingPlaces;

    @Setup(Level.Trial)
    public void generate() {
        input = GeneratedCity.generate(40_000, 1_500, 10, false, 2026);
        siblingPlaces = new ArrayList<>();
        int step = places == 0 ? 0 : input.candidates() / places;
        for (int c = 0; step > 0 && c < input.candidates() && siblingPlaces.size() < places; c += step) {
            int[] preferred = input.preferences(c);
            if (preferred.length > 0) {
                siblingPlaces.add(new SiblingPlace(c, preferred[0]));
            }
        }
    }

    @Benchmark
    public MatchingResult assign() {
        return DeferredAcceptance.run(input, List.of(), siblingPlaces);
    }
}
