package pl.opium.surveys;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far running merges are, for the progress bar. In memory: a merge interrupted by a restart is
 * marked failed in the database and can simply be run again.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class MergeProgress {

    private final Map<Long, Integer> percent = new ConcurrentHashMap<>();

    public void set(long runId, int value) {
        percent.put(runId, value);
    }

    public void forget(long runId) {
        percent.remove(runId);
    }

    public int percent(long runId) {
        return percent.getOrDefault(runId, 0);
    }
}
