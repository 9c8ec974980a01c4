import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import type { MiddlewareObj } from '@middy/core';
import type { AppMetrics } from '../../shared/app/ports.js';

/** Captures an AWS SDK v3 client's calls as trace subsegments (the client itself, for chaining). */
export type CaptureClient = <T>(client: T) => T;

/** The one CloudWatch namespace of the service's metrics (the dashboard and alarms read it). */
export const METRICS_NAMESPACE = 'Signals';

/**
 * Tracing and metrics of one function: Powertools Tracer (X-Ray; every AWS client captured
 * through `capture`) and Powertools Metrics (EMF in the function's log, one namespace, the
 * function as `service` dimension, a cold-start metric per container).
 */
export function observability(serviceName: string) {
  const tracer = new Tracer({ serviceName });
  const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
  const appMetrics: AppMetrics = {
    count: (name, value = 1) => metrics.addMetric(name, MetricUnit.Count, value),
    milliseconds: (name, value) => metrics.addMetric(name, MetricUnit.Milliseconds, value),
  };
  /** Around every invocation: a traced handler segment, metrics flushed at its end. */
  const middlewares: MiddlewareObj[] = [
    captureLambdaHandler(tracer),
    logMetrics(metrics, { captureColdStartMetric: true }),
  ];
  return {
    tracer,
    appMetrics,
    middlewares,
    /** Captures an AWS SDK v3 client's calls as trace subsegments. */
    capture: ((client) => tracer.captureAWSv3Client(client)) as CaptureClient,
  };
}
