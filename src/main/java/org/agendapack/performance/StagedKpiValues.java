package org.agendapack.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The kpi-months rows this build staged in this process, in the order staged, so that validate checks them
 * without reading back from {@code kpi_value} what ingest has just written. Known only when the ingest step
 * began at the file's first row in this job execution and every block it staged committed; a build restarted at
 * validate, or an ingest step resumed mid-file, has the table alone (as {@code BuildContext.rendered()} has the
 * papers of this process, and a restart their files). One per job execution.
 */
@Component
@JobScope
public class StagedKpiValues {

    /** Null: not known in this process. */
    private List<KpiValue> rows;

    /** The build's staged rows were just removed: every row staged from here on is one of them. */
    void startingAfresh() {
        rows = new ArrayList<>();
    }

    /** A block staged in the current transaction: kept when it commits; one rolled back leaves the rows unknown. */
    void staged(List<? extends KpiValue> block) {
        if (rows == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rows = null;
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED && rows != null) {
                    rows.addAll(block);
                } else {
                    rows = null;
                }
            }
        });
    }

    /**
     * The rows, if this process staged all of them, handed over once: validate is their one reader, and they are
     * not held through rendering.
     */
    Optional<List<KpiValue>> take() {
        List<KpiValue> all = rows;
        rows = null;
        return Optional.ofNullable(all);
    }
}
