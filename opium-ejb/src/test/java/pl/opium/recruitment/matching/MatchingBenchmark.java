package pl.opium.recruitment.matching;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

/**
 * Runs {@link MatchingJmh} under JMH in a forked JVM of 4 GB and prints the figures recorded in
 * docs/PERFORMANCE.md: {@code mvn clean test -Pbenchmark -pl opium-ejb -Dtest=MatchingBenchmark} (clean,
 * so that JMH's annotation processor, which only the profile adds, sees the benchmark).
 */
class MatchingBenchmark {

    @Test
    void assignment() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(MatchingJmh.class.getName())
                .forks(1)
                .jvmArgs("-Xmx4g")
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(5))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(10))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult result : results) {
            System.out.printf("BENCHMARK assignment %s: %.1f ± %.1f ms per run%n",
                    result.getParams().getParam("scale"), result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError());
        }
    }

    @Test
    void assignmentWithSiblingPlaces() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(SiblingPlacesJmh.class.getName())
                .forks(1)
                .jvmArgs("-Xmx1g")
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(5))
                .measurementIterations(8)
                .measurementTime(TimeValue.seconds(5))
                .build();
        for (RunResult result : new Runner(options).run()) {
            System.out.printf("BENCHMARK city assignment with %s sibling places: %.1f ± %.1f ms per run%n",
                    result.getParams().getParam("places"), result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError());
        }
    }
}
