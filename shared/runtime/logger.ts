// One structured JSON logger (Powertools) for every function and the local runner.
// POWERTOOLS_LOG_LEVEL=SILENT in tests; POWERTOOLS_DEV=true pretty-prints locally.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'factline' });
