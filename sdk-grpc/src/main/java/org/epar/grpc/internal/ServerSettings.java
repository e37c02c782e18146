package org.epar.grpc.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.epar.core.period.DeadlinePolicy;
import org.epar.grpc.spi.Assessor;
import org.epar.grpc.spi.ReportValidator;
import org.epar.grpc.spi.SubmissionStore;
import org.jspecify.annotations.Nullable;

/** What the reporting service needs from the server builder. */
public record ServerSettings(
    SubmissionStore store,
    ReportValidator validator,
    DeadlinePolicy deadlinePolicy,
    Clock clock,
    int maxRecordsPerStream,
    Duration streamIdleTimeout,
    ContractorLimits limits,
    PageTokens pageTokens,
    ScheduledExecutorService timer,
    @Nullable Assessor assessor) {}
