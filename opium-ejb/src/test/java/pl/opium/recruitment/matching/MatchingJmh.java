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
import org.openjdk.jmh.annotations.TearDown;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;

/** The assignment's JMH benchmark, run by {@link MatchingBenchmark}: a city and a national scale. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchingJmh {

    /** candidates/units/most preferences/keys: city (preschool-like keys) and national (secondary-like). */
    @Param({"40000/1500/10/preschool", "1000000/20000/5/secondary", "1000000/20000/10/secondary",
            "1000000/20000/20/secondary"})
    public String scale;

    private MatchingInput input;

    @Setup(Level.Trial)
    public void generate() {
        String[] parts = scale.split("/");
        input = GeneratedCity.generate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), "secondary".equals(parts[3]), 2026);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("%nMATCHING %s: input of %,d preferences, heap used after building it %d MB%n",
                scale, input.unit.length, used / 1_000_000);
    }

    @Benchmark
    public MatchingResult assign() {
        return DeferredAcceptance.run(input);
    }

    @TearDown(Level.Trial)
    public void report() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        MatchingResult result = DeferredAcceptance.run(input);
        long placed = java.util.Arrays.stream(result.assigned()).filter(u -> u >= 0).count();
        System.out.printf("%nMATCHING %s: peak heap %d MB (sum of the heap pools' peaks), %,d placed, %,d ties%n",
                scale, peak / 1_000_000, placed, result.ties().size());
    }
}
